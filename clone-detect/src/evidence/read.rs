//! Reading a capture back, and checking that it is unchanged.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::warc_out::sha256_label;
use super::{
    archive_error, from_ns, MetadataIn, PageRole, Roles, EVIDENCE_VERSION, MANIFEST_FILE,
    METADATA_TYPE, WARCINFO_MARK, WARC_FILE,
};
use crate::acquire::warc::{GzMembers, Record, Records};
use crate::limits::{
    SNAPSHOT_MAX_ASSETS, SNAPSHOT_MAX_FILE_BYTES, SNAPSHOT_MAX_MANIFEST_BYTES, SNAPSHOT_MAX_PAGES,
    SNAPSHOT_MAX_TOTAL_BYTES,
};
use crate::snapshot::{Asset, AssetContent, Favicon, Page};
use crate::{Error, Result, SiteSnapshot};

/// Checks a capture folder: every file the manifest lists has its SHA-256,
/// the folder holds no file the manifest does not list, and every record
/// of the WARC matches its digests and reads back ([`read_capture`]).
///
/// # Errors
/// [`Error::Archive`] naming the first file or record that differs,
/// [`Error::Io`] when a file cannot be read.
pub fn verify_capture(folder: &Path) -> Result<SiteSnapshot> {
    let manifest_path = folder.join(MANIFEST_FILE);
    let manifest = read_bounded(&manifest_path, 1 << 20)?;
    let manifest = String::from_utf8(manifest)
        .map_err(|_| archive_error(&manifest_path, "the manifest is not text"))?;
    let mut listed: Vec<String> = Vec::new();
    let mut warc: Option<Vec<u8>> = None;
    for line in manifest.lines() {
        let (hash, file) = line
            .split_once("  ")
            .ok_or_else(|| archive_error(&manifest_path, format!("bad line {line:?}")))?;
        if file.contains('/')
            || file.starts_with('.')
            || hash.len() != 64
            || listed.iter().any(|f| f == file)
        {
            return Err(archive_error(&manifest_path, format!("bad line {line:?}")));
        }
        let path = folder.join(file);
        let bytes = read_bounded(&path, SNAPSHOT_MAX_TOTAL_BYTES)?;
        let actual = crate::snapshot::layout::hex(&Sha256::digest(&bytes));
        if actual != hash {
            return Err(archive_error(
                &path,
                format!(
                    "SHA-256 {actual} differs from the manifest's {hash}: the file was changed"
                ),
            ));
        }
        if file == WARC_FILE {
            // The bytes hashed are the bytes read back.
            warc = Some(bytes);
        }
        listed.push(file.to_string());
    }
    let Some(warc) = warc else {
        return Err(archive_error(
            &manifest_path,
            "the manifest lists no WARC file",
        ));
    };
    for entry in std::fs::read_dir(folder).map_err(|e| Error::io(folder, e))? {
        let entry = entry.map_err(|e| Error::io(folder, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name != MANIFEST_FILE && !listed.contains(&name) {
            return Err(archive_error(
                &entry.path(),
                "a file the manifest does not list",
            ));
        }
    }
    read_capture_bytes(&folder.join(WARC_FILE), &warc)
}

/// Reads at most `cap` bytes of a regular file (not through a link).
fn read_bounded(path: &Path, cap: u64) -> Result<Vec<u8>> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(archive_error(path, "not a regular file"));
    }
    if meta.len() > cap {
        return Err(archive_error(path, format!("larger than {cap} bytes")));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(cap + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > cap {
        return Err(archive_error(path, format!("larger than {cap} bytes")));
    }
    Ok(bytes)
}

/// The records of a WARC file's bytes, gzip members or plain, with blocks
/// up to `cap` bytes.
fn records_of(bytes: &[u8], cap: usize) -> Records<Box<dyn BufRead + '_>> {
    let stream: Box<dyn BufRead> = if bytes.starts_with(&[0x1f, 0x8b]) {
        Box::new(BufReader::new(GzMembers::new(bytes)))
    } else {
        Box::new(bytes)
    };
    Records::new(stream, cap)
}

/// Whether the WARC file at `path` is a capture ([`write_capture`](super::write_capture)): its
/// first record is a `warcinfo` that says so (of any version: reading a
/// version this build does not know is then an error, not a plain
/// archive). Reads at most the first 64 KiB of the file, decompressed.
pub fn is_capture(path: &Path) -> bool {
    const HEAD: u64 = 64 << 10;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut raw = Vec::new();
    if file.take(HEAD).read_to_end(&mut raw).is_err() {
        return false;
    }
    let mut head = Vec::new();
    let read = if raw.starts_with(&[0x1f, 0x8b]) {
        GzMembers::new(&raw[..]).take(HEAD).read_to_end(&mut head)
    } else {
        head = raw;
        Ok(head.len())
    };
    if read.is_err() && head.is_empty() {
        return false;
    }
    let Ok(Some(first)) = records_of(&head, HEAD as usize).next_record() else {
        return false;
    };
    first.header("WARC-Type") == Some("warcinfo")
        && String::from_utf8_lossy(&first.block)
            .lines()
            .any(|l| l.trim_start().starts_with(&format!("{WARCINFO_MARK}:")))
}

/// Reads a capture's WARC back into the snapshot it was made from, after
/// checking every record's digests.
///
/// # Errors
/// [`Error::Archive`] when the file is not a whole, unchanged capture (a
/// digest that does not match, a record the metadata names but the file
/// lacks, more records or bytes than a snapshot may hold), [`Error::Io`]
/// when it cannot be read.
pub fn read_capture(path: &Path) -> Result<SiteSnapshot> {
    let bytes = read_bounded(path, SNAPSHOT_MAX_TOTAL_BYTES)?;
    read_capture_bytes(path, &bytes)
}

/// [`read_capture`] of a capture's bytes (`path` names it in errors).
pub(super) fn read_capture_bytes(path: &Path, bytes: &[u8]) -> Result<SiteSnapshot> {
    let mut records = records_of(bytes, SNAPSHOT_MAX_FILE_BYTES as usize);
    let most_records = 2 * (SNAPSHOT_MAX_PAGES + SNAPSHOT_MAX_ASSETS) + 16;
    let mut by_id: HashMap<String, Record> = HashMap::new();
    let mut metadata: Option<Record> = None;
    let mut total = 0u64;
    let mut count = 0usize;
    while let Some(record) = records.next_record().map_err(|e| Error::io(path, e))? {
        count += 1;
        if count > most_records {
            return Err(archive_error(
                path,
                format!("more than {most_records} records"),
            ));
        }
        if record.oversized {
            return Err(archive_error(
                path,
                format!(
                    "record {} is larger than {SNAPSHOT_MAX_FILE_BYTES} bytes",
                    record.ordinal
                ),
            ));
        }
        let head: usize = record.headers.iter().map(|(k, v)| k.len() + v.len()).sum();
        total += (record.block.len() + head) as u64;
        if total > SNAPSHOT_MAX_TOTAL_BYTES {
            return Err(archive_error(
                path,
                format!("more than {SNAPSHOT_MAX_TOTAL_BYTES} bytes of records"),
            ));
        }
        check_digests(path, &record)?;
        let id = record
            .header("WARC-Record-ID")
            .ok_or_else(|| archive_error(path, format!("record {} has no id", record.ordinal)))?
            .to_string();
        if record.header("Content-Type") == Some(METADATA_TYPE) {
            if metadata.is_some() {
                return Err(archive_error(path, "two capture metadata records"));
            }
            metadata = Some(record);
        } else if by_id.insert(id.clone(), record).is_some() {
            return Err(archive_error(path, format!("two records with the id {id}")));
        }
    }
    let counts = &records.counts;
    if counts.malformed > 0 || counts.skipped.values().sum::<u64>() > 0 {
        return Err(archive_error(path, "damaged records"));
    }
    let metadata = metadata.ok_or_else(|| archive_error(path, "no capture metadata record"))?;
    if metadata.block.len() as u64 > SNAPSHOT_MAX_MANIFEST_BYTES {
        return Err(archive_error(
            path,
            format!("the metadata record is larger than {SNAPSHOT_MAX_MANIFEST_BYTES} bytes"),
        ));
    }
    let meta: MetadataIn = serde_json::from_slice(&metadata.block)
        .map_err(|e| archive_error(path, format!("capture metadata: {e}")))?;
    if meta.clone_detect_evidence != EVIDENCE_VERSION {
        return Err(archive_error(
            path,
            format!(
                "capture version {} is not supported (this build reads {EVIDENCE_VERSION})",
                meta.clone_detect_evidence
            ),
        ));
    }
    rebuild(path, meta.snapshot, by_id)
}

/// Checks a record's `WARC-Block-Digest` (required) and, when present, its
/// `WARC-Payload-Digest` against an HTTP payload.
fn check_digests(path: &Path, record: &Record) -> Result<()> {
    let at = record.ordinal;
    let block = record
        .header("WARC-Block-Digest")
        .ok_or_else(|| archive_error(path, format!("record {at} has no block digest")))?;
    if block != sha256_label(&record.block) {
        return Err(archive_error(
            path,
            format!(
                "record {at}: the block digest does not match its bytes: the capture was changed"
            ),
        ));
    }
    Ok(())
}

/// The snapshot the metadata describes, from the records it names. Each
/// record is taken once: a record named twice is an error (a capture
/// cannot make one large block count many times).
fn rebuild(path: &Path, roles: Roles, mut by_id: HashMap<String, Record>) -> Result<SiteSnapshot> {
    let mut take = |id: &str| -> Result<Record> {
        by_id.remove(id).ok_or_else(|| {
            archive_error(path, format!("the record {id} is missing or named twice"))
        })
    };
    let mut page = |role: PageRole| -> Result<Page> {
        let record = take(&role.record)?;
        let is_response = record.header("WARC-Type") == Some("response");
        let body = match (role.body_at, is_response) {
            // A response: the HTTP head written for it, then the body.
            (Some(at), true) => {
                let status_line = format!("HTTP/1.1 {} ", role.status);
                let head_ok = at <= record.block.len()
                    && at >= 4
                    && record.block[..at].ends_with(b"\r\n\r\n")
                    && record.block.starts_with(status_line.as_bytes());
                if !head_ok {
                    return Err(archive_error(
                        path,
                        format!("record {}: not the response the metadata says", role.record),
                    ));
                }
                let mut block = record.block;
                let payload = block.split_off(at);
                if let Some(digest) = record
                    .headers
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case("WARC-Payload-Digest"))
                {
                    if digest.1 != sha256_label(&payload) {
                        return Err(archive_error(
                            path,
                            format!("record {}: the payload digest does not match", role.record),
                        ));
                    }
                }
                payload
            }
            // A page read from disk, or the rendered DOM: its bytes alone.
            (None, false) => record.block,
            _ => {
                return Err(archive_error(
                    path,
                    format!(
                        "record {}: not the kind of record the metadata says",
                        role.record
                    ),
                ))
            }
        };
        Ok(Page {
            url: role.url,
            status: role.status,
            headers: role.headers,
            body,
        })
    };
    let fetched_at = roles
        .fetched_at_ns
        .map(|ns| {
            from_ns(ns)
                .ok_or_else(|| archive_error(path, format!("fetched_at_ns {ns}: no such time")))
        })
        .transpose()?;
    let pages = roles
        .pages
        .into_iter()
        .map(&mut page)
        .collect::<Result<Vec<_>>>()?;
    let not_found = roles.not_found.map(&mut page).transpose()?;
    let rendered = roles.rendered.map(&mut page).transpose()?;
    let favicon = roles
        .favicon
        .map(|f| {
            Ok::<_, Error>(Favicon {
                bytes: take(&f.record)?.block,
                url: f.url,
            })
        })
        .transpose()?;
    let screenshot = roles
        .screenshot
        .map(|id| Ok::<_, Error>(take(&id)?.block))
        .transpose()?;
    let assets = roles
        .assets
        .into_iter()
        .map(|a| {
            let content = match (a.record, a.sha256) {
                (Some(id), None) => AssetContent::Bytes(take(&id)?.block),
                (None, Some(hash)) => AssetContent::Sha256(hash),
                _ => {
                    return Err(archive_error(
                        path,
                        format!("asset {}: bytes or a hash, not both or neither", a.url),
                    ))
                }
            };
            Ok(Asset {
                url: a.url,
                kind: a.kind,
                content,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(SiteSnapshot {
        source: roles.source,
        final_url: roles.final_url,
        redirects: roles.redirects,
        fetched_at,
        pages,
        favicon,
        screenshot,
        assets,
        not_found,
        rendered,
        warnings: roles.warnings,
    })
}
