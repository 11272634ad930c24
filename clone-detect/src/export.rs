//! Parquet files of fingerprints, verdicts and clusters (feature
//! `parquet`), for DuckDB, Spark or DataFusion to join and query at scale.
//!
//! Three documented schemas, one row per site (per member for clusters).
//! Hashes are lower-case hex strings as in the JSON output and, for the
//! 64-bit ones, also unsigned 64-bit integers beside them (`…_u64`: the hex
//! read as one number, so `bit_count(xor(a, b))` in DuckDB is the Hamming
//! distance); Shodan hashes are signed 32-bit integers, lists are Parquet
//! lists of strings, and every row also carries the whole JSON object
//! (`json`) so nothing is lost. Columns are compressed with zstd. The
//! footer's key-value metadata names the build (`clone_detect.tool`,
//! `clone_detect.commit`, `clone_detect.specs`) and, for verdicts and
//! clusters, the model (`clone_detect.model_sha256`, and the whole
//! [`Provenance`] as JSON in `clone_detect.provenance`).
//!
//! **fingerprints**: `source` utf8, `final_url` utf8?, `title` utf8?,
//! `template_simhash` utf8, `template_simhash_u64` uint64, `text_simhash`
//! utf8, `text_simhash_u64` uint64, `domhash` utf8, `html_mmh3` int32,
//! `favicon_mmh3` int32?, `favicon_md5` utf8?, `favicon_sha256` utf8?,
//! `favicon_phash` utf8?, `favicon_phash_u64` uint64?, `screenshot_phash`
//! utf8?, `screenshot_phash_u64` uint64?, `screenshot_dhash` utf8?,
//! `screenshot_dhash_u64` uint64?, `ids` `list<utf8>` (`kind:value`),
//! `asset_sha256` `list<utf8>`, `pages` int32, `schema_version` int32,
//! `json` utf8.
//!
//! **verdicts**: `source` utf8, `verdict` utf8 (`reincarnation` or
//! `unrelated`), `score` float64, `threshold` float64, `match_id` uint64?,
//! `match_label` utf8?, `candidates` `list<utf8>` (`id label score`),
//! `agreeing_signals` `list<utf8>`, `json` utf8.
//!
//! **clusters**: `cluster` uint32? (1-based, null for a singleton), `source`
//! utf8, `size` uint32, `link` float64? (the member's average link),
//! `representative` bool, `cohesion` float64?.
//!
//! ```
//! use clone_detect::export::{write_fingerprints, FINGERPRINT_COLUMNS};
//! use clone_detect::{Fingerprinter, FingerprintConfig, SiteSnapshot};
//!
//! let fp = Fingerprinter::new(FingerprintConfig::default())?
//!     .fingerprint(&SiteSnapshot::single_page("index.html", b"<title>Hi</title>".to_vec()));
//! let mut bytes = Vec::new();
//! write_fingerprints(&mut bytes, &[fp])?;
//! assert_eq!(&bytes[..4], b"PAR1");
//! assert_eq!(FINGERPRINT_COLUMNS[0], "source");
//! # Ok::<(), clone_detect::Error>(())
//! ```

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{ListBuilder, StringBuilder};
use arrow_array::{
    ArrayRef, BooleanArray, Float64Array, Int32Array, RecordBatch, StringArray, UInt32Array,
    UInt64Array,
};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;

use crate::cluster::Clustering;
use crate::provenance::Provenance;
use crate::verdict::{Stance, Verdict};
use crate::{Error, Hash64, Result, SiteFingerprint};

/// The zstd level of every column: 3, zstd's own default, compresses
/// hashes and JSON well at a fraction of the time of higher levels.
const ZSTD_LEVEL: i32 = 3;

/// Column names of the fingerprints schema, in order.
pub const FINGERPRINT_COLUMNS: [&str; 23] = [
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
    "json",
];

/// Column names of the verdicts schema, in order.
pub const VERDICT_COLUMNS: [&str; 9] = [
    "source",
    "verdict",
    "score",
    "threshold",
    "match_id",
    "match_label",
    "candidates",
    "agreeing_signals",
    "json",
];

/// Column names of the clusters schema, in order.
pub const CLUSTER_COLUMNS: [&str; 6] = [
    "cluster",
    "source",
    "size",
    "link",
    "representative",
    "cohesion",
];

fn err(e: impl std::fmt::Display) -> Error {
    Error::Export(e.to_string())
}

fn strings<'a>(values: impl IntoIterator<Item = Option<&'a str>>) -> ArrayRef {
    Arc::new(values.into_iter().collect::<StringArray>())
}

/// 64-bit hashes as their 16 hex digits, as in the JSON.
fn hashes(values: impl IntoIterator<Item = Option<Hash64>>) -> ArrayRef {
    Arc::new(
        values
            .into_iter()
            .map(|h| h.map(|h| h.to_string()))
            .collect::<StringArray>(),
    )
}

/// The same hashes as unsigned 64-bit integers (the hex read as one
/// big-endian number), for joins and Hamming distances in SQL
/// (`bit_count(xor(a, b))`).
fn words(values: impl IntoIterator<Item = Option<Hash64>>) -> ArrayRef {
    Arc::new(
        values
            .into_iter()
            .map(|h| h.map(Hash64::as_u64))
            .collect::<UInt64Array>(),
    )
}

fn lists(rows: impl IntoIterator<Item = Vec<String>>) -> ArrayRef {
    let mut b = ListBuilder::new(StringBuilder::new());
    for row in rows {
        for v in row {
            b.values().append_value(v);
        }
        b.append(true);
    }
    Arc::new(b.finish())
}

fn list_field(name: &str) -> Field {
    Field::new(
        name,
        DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
        false,
    )
}

/// The footer's key-value metadata: which build wrote the file and, for
/// results, with which model ([`Provenance`]).
fn metadata(provenance: Option<&Provenance>) -> Result<Vec<KeyValue>> {
    let specs = serde_json::to_string(&crate::HashSpecs::current()).map_err(err)?;
    let mut kv = vec![
        KeyValue::new(
            "clone_detect.tool".into(),
            crate::provenance::TOOL.to_string(),
        ),
        KeyValue::new(
            "clone_detect.commit".into(),
            crate::provenance::COMMIT.map(str::to_string),
        ),
        KeyValue::new("clone_detect.specs".into(), specs),
    ];
    if let Some(p) = provenance {
        kv.push(KeyValue::new(
            "clone_detect.model_sha256".into(),
            p.model_sha256.clone(),
        ));
        kv.push(KeyValue::new(
            "clone_detect.provenance".into(),
            serde_json::to_string(p).map_err(err)?,
        ));
    }
    Ok(kv)
}

/// Writes one row group, compressed with zstd, with `metadata` in the
/// footer.
fn write(
    out: impl Write + Send,
    schema: Schema,
    columns: Vec<ArrayRef>,
    metadata: Vec<KeyValue>,
) -> Result<()> {
    let schema = Arc::new(schema);
    let batch = RecordBatch::try_new(schema.clone(), columns).map_err(err)?;
    let properties = WriterProperties::builder()
        .set_compression(Compression::ZSTD(
            ZstdLevel::try_new(ZSTD_LEVEL).map_err(err)?,
        ))
        .set_key_value_metadata(Some(metadata))
        .build();
    let mut writer = ArrowWriter::try_new(out, schema, Some(properties)).map_err(err)?;
    writer.write(&batch).map_err(err)?;
    writer.close().map_err(err)?;
    Ok(())
}

/// Writes fingerprints as one Parquet file (schema in the module docs).
///
/// # Errors
/// [`Error::Export`] when writing fails.
pub fn write_fingerprints(out: impl Write + Send, fps: &[SiteFingerprint]) -> Result<()> {
    fn favicon(f: &SiteFingerprint) -> Option<&crate::signal::favicon::FaviconFingerprint> {
        f.favicon.as_ref()
    }
    fn shot(f: &SiteFingerprint) -> Option<&crate::signal::screenshot::ScreenshotFingerprint> {
        f.screenshot.as_ref()
    }
    let schema = Schema::new(vec![
        Field::new("source", DataType::Utf8, false),
        Field::new("final_url", DataType::Utf8, true),
        Field::new("title", DataType::Utf8, true),
        Field::new("template_simhash", DataType::Utf8, false),
        Field::new("template_simhash_u64", DataType::UInt64, false),
        Field::new("text_simhash", DataType::Utf8, false),
        Field::new("text_simhash_u64", DataType::UInt64, false),
        Field::new("domhash", DataType::Utf8, false),
        Field::new("html_mmh3", DataType::Int32, false),
        Field::new("favicon_mmh3", DataType::Int32, true),
        Field::new("favicon_md5", DataType::Utf8, true),
        Field::new("favicon_sha256", DataType::Utf8, true),
        Field::new("favicon_phash", DataType::Utf8, true),
        Field::new("favicon_phash_u64", DataType::UInt64, true),
        Field::new("screenshot_phash", DataType::Utf8, true),
        Field::new("screenshot_phash_u64", DataType::UInt64, true),
        Field::new("screenshot_dhash", DataType::Utf8, true),
        Field::new("screenshot_dhash_u64", DataType::UInt64, true),
        list_field("ids"),
        list_field("asset_sha256"),
        Field::new("pages", DataType::Int32, false),
        Field::new("schema_version", DataType::Int32, false),
        Field::new("json", DataType::Utf8, false),
    ]);
    let json: Vec<String> = fps
        .iter()
        .map(|f| serde_json::to_string(f).map_err(err))
        .collect::<Result<_>>()?;
    let columns: Vec<ArrayRef> = vec![
        strings(fps.iter().map(|f| Some(f.source.as_str()))),
        strings(fps.iter().map(|f| f.final_url.as_deref())),
        strings(fps.iter().map(|f| f.title.as_deref())),
        hashes(fps.iter().map(|f| Some(f.template_simhash))),
        words(fps.iter().map(|f| Some(f.template_simhash))),
        hashes(fps.iter().map(|f| Some(f.text_simhash))),
        words(fps.iter().map(|f| Some(f.text_simhash))),
        strings(fps.iter().map(|f| Some(f.domhash.as_str()))),
        Arc::new(fps.iter().map(|f| f.html_mmh3).collect::<Int32Array>()),
        Arc::new(
            fps.iter()
                .map(|f| favicon(f).map(|v| v.mmh3))
                .collect::<Int32Array>(),
        ),
        strings(fps.iter().map(|f| favicon(f).map(|v| v.md5.as_str()))),
        strings(fps.iter().map(|f| favicon(f).map(|v| v.sha256.as_str()))),
        hashes(fps.iter().map(|f| favicon(f).and_then(|v| v.phash))),
        words(fps.iter().map(|f| favicon(f).and_then(|v| v.phash))),
        hashes(fps.iter().map(|f| shot(f).map(|v| v.phash))),
        words(fps.iter().map(|f| shot(f).map(|v| v.phash))),
        hashes(fps.iter().map(|f| shot(f).map(|v| v.dhash))),
        words(fps.iter().map(|f| shot(f).map(|v| v.dhash))),
        lists(fps.iter().map(|f| {
            f.ids
                .iter()
                .map(|i| {
                    let kind = serde_json::to_value(i.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default();
                    format!("{kind}:{}", i.value)
                })
                .collect()
        })),
        lists(
            fps.iter()
                .map(|f| f.assets.iter().map(|a| a.sha256.clone()).collect()),
        ),
        Arc::new(
            fps.iter()
                .map(|f| i32::try_from(f.pages.len()).unwrap_or(i32::MAX))
                .collect::<Int32Array>(),
        ),
        Arc::new(
            fps.iter()
                .map(|f| i32::try_from(f.schema_version).unwrap_or(i32::MAX))
                .collect::<Int32Array>(),
        ),
        strings(json.iter().map(|j| Some(j.as_str()))),
    ];
    write(out, schema, columns, metadata(None)?)
}

/// Writes verdicts as one Parquet file (schema in the module docs), with
/// the build and model that made them in the footer.
///
/// # Errors
/// [`Error::Export`] when writing fails.
pub fn write_verdicts(
    out: impl Write + Send,
    verdicts: &[Verdict],
    provenance: &Provenance,
) -> Result<()> {
    let schema = Schema::new(vec![
        Field::new("source", DataType::Utf8, false),
        Field::new("verdict", DataType::Utf8, false),
        Field::new("score", DataType::Float64, false),
        Field::new("threshold", DataType::Float64, false),
        Field::new("match_id", DataType::UInt64, true),
        Field::new("match_label", DataType::Utf8, true),
        list_field("candidates"),
        list_field("agreeing_signals"),
        Field::new("json", DataType::Utf8, false),
    ]);
    let json: Vec<String> = verdicts
        .iter()
        .map(|v| serde_json::to_string(v).map_err(err))
        .collect::<Result<_>>()?;
    let kinds: Vec<String> = verdicts
        .iter()
        .map(|v| {
            serde_json::to_value(v.verdict)
                .ok()
                .and_then(|k| k.as_str().map(str::to_owned))
                .unwrap_or_default()
        })
        .collect();
    let columns: Vec<ArrayRef> = vec![
        strings(verdicts.iter().map(|v| Some(v.source.as_str()))),
        strings(kinds.iter().map(|k| Some(k.as_str()))),
        Arc::new(verdicts.iter().map(|v| v.score).collect::<Float64Array>()),
        Arc::new(
            verdicts
                .iter()
                .map(|v| v.threshold)
                .collect::<Float64Array>(),
        ),
        Arc::new(
            verdicts
                .iter()
                .map(|v| v.matched.as_ref().map(|m| m.id))
                .collect::<UInt64Array>(),
        ),
        strings(
            verdicts
                .iter()
                .map(|v| v.matched.as_ref().map(|m| m.label.as_str())),
        ),
        lists(verdicts.iter().map(|v| {
            v.candidates
                .iter()
                .map(|c| format!("{} {} {:.6}", c.id, c.label, c.score))
                .collect()
        })),
        lists(verdicts.iter().map(|v| {
            v.evidence
                .iter()
                .filter(|e| e.stance == Stance::Agrees)
                .map(|e| e.signal.name().to_string())
                .collect()
        })),
        strings(json.iter().map(|j| Some(j.as_str()))),
    ];
    write(out, schema, columns, metadata(Some(provenance))?)
}

/// Writes a clustering as one Parquet file, a row per site (schema in the
/// module docs), with the build and model that made it in the footer.
///
/// # Errors
/// [`Error::Export`] when writing fails.
pub fn write_clusters(
    out: impl Write + Send,
    c: &Clustering,
    provenance: &Provenance,
) -> Result<()> {
    let schema = Schema::new(vec![
        Field::new("cluster", DataType::UInt32, true),
        Field::new("source", DataType::Utf8, false),
        Field::new("size", DataType::UInt32, false),
        Field::new("link", DataType::Float64, true),
        Field::new("representative", DataType::Boolean, false),
        Field::new("cohesion", DataType::Float64, true),
    ]);
    let mut cluster = Vec::new();
    let mut source: Vec<&str> = Vec::new();
    let mut size = Vec::new();
    let mut link = Vec::new();
    let mut representative = Vec::new();
    let mut cohesion = Vec::new();
    for (i, cl) in c.clusters.iter().enumerate() {
        for m in &cl.members {
            cluster.push(Some(i as u32 + 1));
            source.push(&m.source);
            size.push(cl.members.len() as u32);
            link.push(Some(m.link));
            representative.push(m.source == cl.representative);
            cohesion.push(Some(cl.cohesion));
        }
    }
    for s in &c.singletons {
        cluster.push(None);
        source.push(s);
        size.push(1);
        link.push(None);
        representative.push(true);
        cohesion.push(None);
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(UInt32Array::from(cluster)),
        strings(source.into_iter().map(Some)),
        Arc::new(UInt32Array::from(size)),
        Arc::new(Float64Array::from(link)),
        Arc::new(BooleanArray::from(representative)),
        Arc::new(Float64Array::from(cohesion)),
    ];
    write(out, schema, columns, metadata(Some(provenance))?)
}
