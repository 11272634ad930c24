//! Parquet files written by the CLI, read back with the arrow reader: the
//! documented columns, one row per site, values equal to the JSON output.

use clone_detect_tests::tempfile;

use std::fs::File;

use crate::common::{bin, json_lines, site};
use arrow_array::{
    Array, Float64Array, Int32Array, ListArray, RecordBatch, StringArray, UInt32Array, UInt64Array,
};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Compression;
use parquet::file::reader::{FileReader, SerializedFileReader};

fn read(path: &std::path::Path) -> RecordBatch {
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let batches: Vec<RecordBatch> = reader.map(Result::unwrap).collect();
    arrow_select_concat(batches)
}

/// The footer's key-value metadata, after checking that every column
/// chunk is compressed with zstd.
fn footer(path: &std::path::Path) -> std::collections::BTreeMap<String, String> {
    let reader = SerializedFileReader::new(File::open(path).unwrap()).unwrap();
    let meta = reader.metadata();
    for group in meta.row_groups() {
        for column in group.columns() {
            assert!(
                matches!(column.compression(), Compression::ZSTD(_)),
                "{}: {:?}",
                column.column_path(),
                column.compression()
            );
        }
    }
    meta.file_metadata()
        .key_value_metadata()
        .into_iter()
        .flatten()
        .map(|kv| (kv.key.clone(), kv.value.clone().unwrap_or_default()))
        .collect()
}

fn arrow_select_concat(mut batches: Vec<RecordBatch>) -> RecordBatch {
    assert_eq!(batches.len(), 1, "small files are one batch");
    batches.remove(0)
}

fn names(batch: &RecordBatch) -> Vec<String> {
    batch
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect()
}

fn column<'a, T: 'static>(batch: &'a RecordBatch, name: &str) -> &'a T {
    batch
        .column_by_name(name)
        .unwrap_or_else(|| panic!("no column {name}"))
        .as_any()
        .downcast_ref::<T>()
        .unwrap_or_else(|| panic!("{name}: unexpected type"))
}

#[test]
fn fingerprints_verdicts_and_clusters_as_parquet() {
    let dir = tempfile::tempdir().unwrap();
    let ids = [
        "python-markdown-bookworm",
        "python-markdown-bookworm-mirror",
        "libfmt-trixie",
    ];
    let sources: Vec<_> = ids.iter().map(|id| site(id)).collect();

    // Fingerprints.
    let fp_file = dir.path().join("fps.parquet");
    let status = bin()
        .args(["fingerprint", "--format", "parquet", "-o"])
        .arg(&fp_file)
        .args(&sources)
        .status()
        .unwrap();
    assert!(status.success());
    let batch = read(&fp_file);
    assert_eq!(
        names(&batch),
        [
            "source",
            "final_url",
            "title",
            "template_simhash",
            "template_simhash_u64",
            "text_simhash",
            "text_simhash_u64",
            "domhash",
            "html_mmh3",
            "favicon_mmh3",
            "favicon_md5",
            "favicon_sha256",
            "favicon_phash",
            "favicon_phash_u64",
            "screenshot_phash",
            "screenshot_phash_u64",
            "screenshot_dhash",
            "screenshot_dhash_u64",
            "ids",
            "asset_sha256",
            "pages",
            "schema_version",
            "json"
        ]
    );
    assert_eq!(batch.num_rows(), 3);
    let meta = footer(&fp_file);
    assert!(meta["clone_detect.tool"].starts_with("clone-detect "));
    assert!(meta["clone_detect.specs"].contains("simhash"));
    let json = bin().arg("fingerprint").args(&sources).output().unwrap();
    let lines = json_lines(&String::from_utf8(json.stdout).unwrap());
    let simhash = column::<StringArray>(&batch, "template_simhash");
    let simhash_u64 = column::<UInt64Array>(&batch, "template_simhash_u64");
    let shot_u64 = column::<UInt64Array>(&batch, "screenshot_phash_u64");
    let mmh3 = column::<Int32Array>(&batch, "html_mmh3");
    let favicon = column::<Int32Array>(&batch, "favicon_mmh3");
    let assets = column::<ListArray>(&batch, "asset_sha256");
    for (i, fp) in lines.iter().enumerate() {
        assert_eq!(simhash.value(i), fp["template_simhash"].as_str().unwrap());
        // The integer is the hex read as one number.
        assert_eq!(
            format!("{:016x}", simhash_u64.value(i)),
            fp["template_simhash"].as_str().unwrap()
        );
        let shot = fp["screenshot"]["phash"]
            .as_str()
            .expect("corpus screenshot");
        assert_eq!(format!("{:016x}", shot_u64.value(i)), shot);
        assert_eq!(i64::from(mmh3.value(i)), fp["html_mmh3"].as_i64().unwrap());
        match fp["favicon"]["mmh3"].as_i64() {
            Some(h) => assert_eq!(i64::from(favicon.value(i)), h),
            None => assert!(favicon.is_null(i)),
        }
        assert_eq!(
            assets.value(i).len(),
            fp["assets"].as_array().unwrap().len()
        );
    }

    // Verdicts against the shipped corpus's known sites.
    let v_file = dir.path().join("verdicts.parquet");
    let out = bin()
        .args(["check", "--format", "parquet", "-o"])
        .arg(&v_file)
        .arg("--corpus")
        .arg(site(".."))
        .args(&sources)
        .output()
        .unwrap();
    assert!(matches!(out.status.code(), Some(0 | 3)));
    let batch = read(&v_file);
    assert_eq!(
        names(&batch),
        [
            "source",
            "verdict",
            "score",
            "threshold",
            "match_id",
            "match_label",
            "candidates",
            "agreeing_signals",
            "json"
        ]
    );
    assert_eq!(batch.num_rows(), 3);
    // The footer names the build and the model, as `check --json` does.
    let meta = footer(&v_file);
    let json = bin()
        .args(["check", "--json", "--corpus"])
        .arg(site(".."))
        .arg(&sources[0])
        .output()
        .unwrap();
    let first: serde_json::Value =
        serde_json::from_slice(json.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
    let provenance: serde_json::Value =
        serde_json::from_str(&meta["clone_detect.provenance"]).unwrap();
    assert_eq!(provenance, first["provenance"]);
    assert_eq!(
        meta["clone_detect.model_sha256"],
        first["provenance"]["model_sha256"].as_str().unwrap()
    );
    let verdict = column::<StringArray>(&batch, "verdict");
    let score = column::<Float64Array>(&batch, "score");
    for i in 0..3 {
        assert!(["reincarnation", "unrelated"].contains(&verdict.value(i)));
        assert!((0.0..=1.0).contains(&score.value(i)));
    }

    // Clusters: a row per site.
    let c_file = dir.path().join("clusters.parquet");
    let status = bin()
        .args(["cluster", "--format", "parquet", "-o"])
        .arg(&c_file)
        .args(&sources)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let batch = read(&c_file);
    assert_eq!(
        names(&batch),
        [
            "cluster",
            "source",
            "size",
            "link",
            "representative",
            "cohesion"
        ]
    );
    assert_eq!(batch.num_rows(), 3);
    assert!(footer(&c_file).contains_key("clone_detect.provenance"));
    let cluster = column::<UInt32Array>(&batch, "cluster");
    let source = column::<StringArray>(&batch, "source");
    // The site and its mirror share a cluster; libfmt is alone.
    let of = |needle: &str| (0..3).find(|&i| source.value(i).ends_with(needle)).unwrap();
    let (a, b, c) = (
        of("python-markdown-bookworm"),
        of("python-markdown-bookworm-mirror"),
        of("libfmt-trixie"),
    );
    assert!(!cluster.is_null(a) && cluster.value(a) == cluster.value(b));
    assert!(cluster.is_null(c));

    // Parquet without -o is a usage error.
    let out = bin()
        .args(["fingerprint", "--format", "parquet"])
        .arg(&sources[0])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
