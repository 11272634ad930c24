//! The Spark jobs of `spark/` (issue 19) against the CLI on the same input:
//! corpus sites packed into WARC files with warcio, fingerprinted and
//! clustered in Spark local mode (the two documented commands; WARC files
//! given as a path and as a `file://` URI, and read through Spark's own
//! file systems) and on a standalone cluster started on loopback (one
//! master, two workers, each a process; WARC files listed in a
//! `warc.paths.gz` and downloaded over HTTP). Each gives the fingerprints
//! of `clone-detect fingerprint` (the same JSON, the same Parquet columns
//! and footer) and the clustering of `clone-detect cluster` (the same JSON
//! file, byte for byte, and the same Parquet).
//!
//! Spark comes from PyPI (`pyspark` in tests/python/requirements.txt, in
//! the venv of `scripts/test.sh`, found through CLONE_DETECT_PYTHON) and
//! runs on the system's Java.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

use arrow_array::{Array, RecordBatch, StringArray};
use clone_detect_tests::server::Server;
use clone_detect_tests::{reference_python, tempfile, workspace};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Compression;
use parquet::file::reader::{FileReader, SerializedFileReader};

/// One Spark application at a time: two at once on two cores would only
/// be slower.
static SPARK: Mutex<()> = Mutex::new(());

/// Three families (releases and mirrors) and an unrelated site, three to
/// a WARC file.
const SITES: [&str; 8] = [
    "libfmt-bookworm",
    "libfmt-bookworm-mirror",
    "libfmt-trixie",
    "python-mako-trixie",
    "python-mako-trixie-mirror",
    "python-markdown-bookworm",
    "python-markdown-bookworm-mirror",
    "libjansson-bookworm",
];

/// A temporary folder with a copy of the binary (a build running beside
/// the tests cannot change it under them) and the WARC files.
struct Setup {
    dir: tempfile::TempDir,
    binary: PathBuf,
    /// The folder the WARC files and `warc.paths.gz` are in.
    root: PathBuf,
    /// The WARC files, relative to `root`.
    warcs: Vec<String>,
}

impl Setup {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let binary = dir.path().join("bin").join("clone-detect");
        std::fs::create_dir_all(binary.parent().unwrap()).unwrap();
        std::fs::copy(env!("CARGO_BIN_EXE_clone-detect"), &binary).unwrap();
        let root = dir.path().join("warcs");
        let sites: Vec<PathBuf> = SITES
            .iter()
            .map(|s| workspace().join("corpus/sites").join(s))
            .collect();
        let mut pack = Command::new(reference_python());
        pack.arg(spark_dir().join("pack_warcs.py"))
            .arg("--out")
            .arg(&root)
            .args(["--per-warc", "3"])
            .args(&sites);
        let printed = run(&mut pack);
        let warcs: Vec<String> = printed
            .lines()
            .map(|l| {
                Path::new(l)
                    .strip_prefix(&root)
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(warcs.len(), 3, "{printed}");
        Self {
            dir,
            binary,
            root,
            warcs,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The WARC files by absolute path.
    fn absolute(&self) -> Vec<PathBuf> {
        self.warcs.iter().map(|w| self.root.join(w)).collect()
    }

    /// The binary, run in `cwd`.
    fn cli(&self, cwd: &Path) -> Command {
        let mut cmd = Command::new(&self.binary);
        cmd.current_dir(cwd);
        cmd
    }
}

fn spark_dir() -> PathBuf {
    workspace().join("spark")
}

/// Runs `cmd`, which must succeed; its stdout.
fn run(cmd: &mut Command) -> String {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        tail(&String::from_utf8_lossy(&out.stderr))
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `cmd`, which must succeed; its stdout and stderr.
fn run_logged(cmd: &mut Command) -> (String, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{stdout}\n{}",
        out.status,
        tail(&stderr)
    );
    (stdout, tail(&stderr))
}

/// The end of a long log, without Spark's INFO lines.
fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().filter(|l| !l.contains(" INFO ")).collect();
    lines[lines.len().saturating_sub(60)..].join("\n")
}

/// A command of the venv's Spark (spark-submit, or a Python script), with
/// the venv first on PATH and its Python on the executors.
fn spark_command(program: &str) -> Command {
    let python = reference_python();
    let bin = python.parent().unwrap().to_path_buf();
    let program = if program == "python" {
        python.clone()
    } else {
        bin.join(program)
    };
    let mut cmd = Command::new(program);
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![bin];
    paths.extend(std::env::split_paths(&path));
    cmd.env("PATH", std::env::join_paths(paths).unwrap())
        .env("PYSPARK_PYTHON", &python)
        .env("PYSPARK_DRIVER_PYTHON", &python)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .env_remove("SPARK_HOME");
    cmd
}

/// The options every application here runs with: no web UI (no port to
/// find), little memory, and what makes short runs on tiny inputs faster
/// (no adaptive query planning; the JVM's quick compiler only).
const CONF: [&str; 12] = [
    "--conf",
    "spark.ui.enabled=false",
    "--conf",
    "spark.driver.memory=768m",
    "--conf",
    "spark.executor.memory=768m",
    "--conf",
    "spark.sql.adaptive.enabled=false",
    "--conf",
    "spark.driver.extraJavaOptions=-XX:TieredStopAtLevel=1",
    "--conf",
    "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1",
];

/// The record batches of a Parquet file, after checking that every column
/// chunk is zstd-compressed; and the footer's key-value metadata.
fn parquet(path: &Path) -> (Vec<RecordBatch>, BTreeMap<String, String>) {
    let reader = SerializedFileReader::new(File::open(path).unwrap()).unwrap();
    let meta = reader.metadata();
    for group in meta.row_groups() {
        for column in group.columns() {
            assert!(
                matches!(column.compression(), Compression::ZSTD(_)),
                "{}: {:?}",
                path.display(),
                column.compression()
            );
        }
    }
    let footer = meta
        .file_metadata()
        .key_value_metadata()
        .into_iter()
        .flatten()
        .map(|kv| (kv.key.clone(), kv.value.clone().unwrap_or_default()))
        .collect();
    let batches = ParquetRecordBatchReaderBuilder::try_new(File::open(path).unwrap())
        .unwrap()
        .build()
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (batches, footer)
}

/// The values of a string column over all batches.
fn strings(batches: &[RecordBatch], column: &str) -> Vec<String> {
    batches
        .iter()
        .flat_map(|batch| {
            let array = batch
                .column_by_name(column)
                .unwrap_or_else(|| panic!("no column {column}"))
                .as_any()
                .downcast_ref::<StringArray>()
                .unwrap();
            (0..array.len()).map(|i| array.value(i).to_string())
        })
        .collect()
}

/// The fingerprint job's output folder against `clone-detect fingerprint`
/// on the same WARC files (run in `cwd`): a part per WARC file, in input
/// order, holding the CLI's fingerprints of that file (the same JSON), in
/// the CLI's Parquet schema with its footer. Returns the CLI's JSON Lines.
fn same_fingerprints(setup: &Setup, out: &Path, cwd: &Path, warcs: &[String]) -> String {
    let json = run(setup.cli(cwd).arg("fingerprint").args(warcs));
    let reference = setup.path("cli-fingerprints.parquet");
    run(setup
        .cli(cwd)
        .args(["fingerprint", "--format", "parquet", "-o"])
        .arg(&reference)
        .args(warcs));
    let (theirs, their_footer) = parquet(&reference);
    let lines: Vec<String> = json.lines().map(str::to_string).collect();
    assert_eq!(strings(&theirs, "json"), lines);
    let mut ours = Vec::new();
    for (i, warc) in warcs.iter().enumerate() {
        let part = out.join(format!("part-{i:05}.parquet"));
        let (batches, footer) = parquet(&part);
        assert_eq!(
            batches.first().map(RecordBatch::schema),
            theirs.first().map(RecordBatch::schema),
            "{}",
            part.display()
        );
        assert_eq!(footer, their_footer);
        let json = strings(&batches, "json");
        assert!(json.len() >= 2, "{warc}: {json:?}");
        assert!(
            json.iter().all(|j| j.contains(&format!("{warc}#"))),
            "{warc}"
        );
        ours.extend(json);
    }
    assert!(their_footer.contains_key("clone_detect.specs"));
    assert_eq!(ours, lines);
    let manifest = std::fs::read_to_string(out.join("_warcs.jsonl")).unwrap();
    assert_eq!(manifest.lines().count(), warcs.len(), "{manifest}");
    assert!(!manifest.contains("\"failed\""), "{manifest}");
    json
}

/// The cluster job's outputs against the CLI: the JSON file of
/// `clone-detect cluster -o` on `sources` (run in `cwd`), byte for byte,
/// and the Parquet rows and footer of `cluster --format parquet` on the
/// same fingerprints (`fingerprints`, JSON Lines).
fn same_clusters(
    setup: &Setup,
    (json, table): (&Path, &Path),
    (cwd, sources): (&Path, &[String]),
    fingerprints: &str,
) {
    let reference = setup.path("cli-clusters.json");
    run(setup
        .cli(cwd)
        .args(["cluster", "-o"])
        .arg(&reference)
        .args(sources));
    let ours = std::fs::read_to_string(json).unwrap();
    let theirs = std::fs::read_to_string(&reference).unwrap();
    assert_eq!(ours, theirs);
    let clustering: serde_json::Value = serde_json::from_str(&ours).unwrap();
    assert_eq!(clustering["sites"], SITES.len());
    assert!(
        clustering["clusters"].as_array().unwrap().len() >= 2,
        "{ours}"
    );
    assert!(!clustering["singletons"].as_array().unwrap().is_empty());
    let jsonl = setup.path("cli-fingerprints.jsonl");
    std::fs::write(&jsonl, fingerprints).unwrap();
    let reference_table = setup.path("cli-clusters.parquet");
    run(setup
        .cli(cwd)
        .args(["cluster", "--format", "parquet", "-o"])
        .arg(&reference_table)
        .arg(&jsonl));
    assert_eq!(parquet(table), parquet(&reference_table));
}

#[test]
fn spark_local_mode_gives_the_fingerprints_and_clusters_of_the_cli() {
    let _one = SPARK.lock().unwrap_or_else(|e| e.into_inner());
    let setup = Setup::new();
    let warcs = setup.absolute();
    // One file by its path, the others as file:// URIs.
    let mut given: Vec<String> = vec![warcs[0].display().to_string()];
    given.extend(warcs[1..].iter().map(|w| format!("file://{}", w.display())));
    let fingerprints = setup.path("fingerprints");
    let mut job = spark_command("spark-submit");
    job.args(["--master", "local[2]"])
        .args(CONF)
        .arg(spark_dir().join("fingerprint.py"))
        .arg("--binary")
        .arg(&setup.binary)
        .arg("-o")
        .arg(&fingerprints)
        .args(&given);
    let said = run(&mut job);
    assert!(said.contains("3 WARC files"), "{said}");
    let absolute: Vec<String> = warcs.iter().map(|w| w.display().to_string()).collect();
    let fingerprints_json = same_fingerprints(&setup, &fingerprints, setup.dir.path(), &absolute);

    let (json, table) = (setup.path("clusters.json"), setup.path("clusters.parquet"));
    let mut job = spark_command("spark-submit");
    job.args(["--master", "local[2]"])
        .args(CONF)
        .arg(spark_dir().join("cluster.py"))
        .arg("--binary")
        .arg(&setup.binary)
        .arg("-o")
        .arg(&json)
        .arg("--parquet")
        .arg(&table)
        .arg(&fingerprints);
    let said = run(&mut job);
    assert!(said.contains("8 sites: "), "{said}");
    // The CLI reads the WARC files themselves.
    same_clusters(
        &setup,
        (&json, &table),
        (setup.dir.path(), &absolute),
        &fingerprints_json,
    );

    // Read through Spark's own (Hadoop) file systems, files are named by
    // their path without the leading /: the CLI run from / names them so.
    let through_spark = setup.path("through-spark");
    let mut job = spark_command("spark-submit");
    job.args(["--master", "local[2]"])
        .args(CONF)
        .arg(spark_dir().join("fingerprint.py"))
        .args(["--read", "spark", "--binary"])
        .arg(&setup.binary)
        .arg("-o")
        .arg(&through_spark)
        .args(&given);
    run(&mut job);
    let from_root: Vec<String> = absolute
        .iter()
        .map(|w| w.trim_start_matches('/').to_string())
        .collect();
    same_fingerprints(&setup, &through_spark, Path::new("/"), &from_root);
}

#[test]
fn spark_standalone_cluster_gives_the_fingerprints_and_clusters_of_the_cli() {
    let _one = SPARK.lock().unwrap_or_else(|e| e.into_inner());
    let setup = Setup::new();
    // The WARC files served over HTTP and listed as Common Crawl lists
    // them: paths relative to a base URL.
    let server = Server::folder(&setup.root);
    let base = server.url("/");
    let (fingerprints, json) = (setup.path("fingerprints"), setup.path("clusters.json"));
    let work = setup.path("standalone");
    let mut job = spark_command("python");
    job.arg(spark_dir().join("standalone.py"))
        .args(["--workers", "2", "--cores", "1", "--memory", "1g"])
        .arg("--timeout")
        .arg("600")
        .arg("--work")
        .arg(&work)
        .args(["--", "spark-submit", "--master", "{master}"])
        .args(CONF)
        .arg(spark_dir().join("pipeline.py"))
        .arg("--binary")
        .arg(&setup.binary)
        .arg("--fingerprints")
        .arg(&fingerprints)
        .arg("-o")
        .arg(&json)
        .arg("--parquet")
        .arg(setup.path("clusters.parquet"))
        // Components by label propagation on the cluster (the driver's
        // union-find is the local test's).
        .args(["--driver-components", "0"])
        .arg("--listing")
        .arg(format!("{base}warc.paths.gz"))
        .arg("--base")
        .arg(&base);
    let (said, log) = run_logged(&mut job);
    assert!(said.contains("3 WARC files"), "{said}");
    assert!(said.contains("8 sites: "), "{said}");
    // Both workers ran an executor, and nothing of the cluster is left.
    for worker in ["work-0", "work-1"] {
        let apps = std::fs::read_dir(work.join(worker)).map_or(0, |d| d.count());
        assert_eq!(apps, 1, "{worker}: {log}");
    }
    let master = log
        .lines()
        .find_map(|l| l.split("master spark://").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no master in {log}"))
        .to_string();
    let port = master.rsplit(':').next().unwrap();
    for pattern in [format!("spark://{master}"), format!("--port {port}")] {
        let left = Command::new("pgrep")
            .args(["-f", &pattern])
            .output()
            .unwrap();
        assert!(
            left.stdout.is_empty(),
            "left running ({pattern}): {}",
            String::from_utf8_lossy(&left.stdout)
        );
    }
    // Downloaded files are named by their path in the listing: the CLI
    // run in the served folder names them so. The CLI clusters the
    // fingerprints it wrote.
    let fingerprints_json = same_fingerprints(&setup, &fingerprints, &setup.root, &setup.warcs);
    let jsonl = setup.path("fingerprints.jsonl");
    std::fs::write(&jsonl, &fingerprints_json).unwrap();
    same_clusters(
        &setup,
        (&json, &setup.path("clusters.parquet")),
        (&setup.root, &[jsonl.display().to_string()]),
        &fingerprints_json,
    );
}

/// Not a test: writes synthetic fingerprints for `spark/bench.sh`, shaped
/// like the corpus (`clone_detect_tests::synthetic`), as JSON Lines:
/// `CLONE_DETECT_SYNTHETIC="N SEED FILE" cargo test -p clone-detect-cli
/// --test cli spark::synthetic_fingerprints -- --ignored --exact`. Each is
/// a real fingerprint of a corpus site with its values replaced, so that
/// its signals are the synthetic ones (checked).
#[test]
#[ignore = "writes the benchmark's input when asked"]
fn synthetic_fingerprints() {
    use clone_detect::index::SiteSignals;
    use std::io::Write;

    let spec =
        std::env::var("CLONE_DETECT_SYNTHETIC").expect("CLONE_DETECT_SYNTHETIC=\"N SEED FILE\"");
    let mut parts = spec.split_whitespace();
    let n: usize = parts.next().unwrap().parse().unwrap();
    let seed: u64 = parts.next().unwrap().parse().unwrap();
    let file = PathBuf::from(parts.next().unwrap());
    // A corpus site with a favicon and a screenshot, as the template.
    let snapshot = clone_detect::acquire::read_local_source(
        &workspace().join("corpus/sites/phpmyadmin-trixie"),
        &clone_detect::acquire::FolderConfig::default(),
    )
    .unwrap();
    let base = clone_detect::Fingerprinter::new(clone_detect::FingerprintConfig::default())
        .unwrap()
        .fingerprint(&snapshot);
    let base = serde_json::to_value(&base).unwrap();
    assert!(base["favicon"].is_object() && base["screenshot"].is_object());
    let mut out = std::io::BufWriter::new(File::create(&file).unwrap());
    for (i, site) in clone_detect_tests::synthetic::sites(n, seed)
        .into_iter()
        .enumerate()
    {
        let s = &site.signals;
        let fp = clone_detect_tests::synthetic::fingerprint(&base, &site);
        let line = serde_json::to_string(&fp).unwrap();
        if i < 2000 {
            let back = clone_detect::SiteFingerprint::from_json(&line).unwrap();
            assert_eq!(&SiteSignals::of(&back), s, "{line}");
        }
        writeln!(out, "{line}").unwrap();
    }
    out.flush().unwrap();
}
