//! Every bound on what a hostile site can make clone-detect read, parse or
//! keep, in one place.
//!
//! The sites fingerprinted are run by the people the tool helps to block
//! (see `THREATS.md`): they choose how deep their pages nest, how many links
//! a page has, how long a header line in their archive is and how far a
//! gzip member inflates. Each limit below names what it bounds, its unit,
//! and why the value was chosen. Exceeding a limit is never fatal: the
//! input is cut or the record skipped, and the skip is recorded (a
//! warning in the snapshot, a counter in the archive statistics).
//!
//! Values that are also configuration defaults (for example
//! [`WARC_MAX_RECORD_BYTES`] for
//! [`WarcConfig::max_record_bytes`](crate::acquire::warc::WarcConfig::max_record_bytes))
//! are the defaults; the configuration may raise or lower them.

// ---------------------------------------------------------------- pages

/// Largest page body parsed as HTML, in bytes after transfer and content
/// decoding (8 MiB). Longer bodies are parsed up to this length. The same
/// value as the fingerprinter's default `max_html_bytes` and the crawler's
/// default `max_response_bytes`, so links are taken from the text that is
/// fingerprinted; real pages are far smaller (the corpus's largest is under
/// 1 MiB).
pub const MAX_PAGE_BYTES: usize = 8 << 20;

/// Deepest nesting of elements parsed: neither the HTML5 tree builder's
/// stack of open elements (`html` and `body` included) nor the depth of an
/// open element in the tree may pass it (a void or empty element inside
/// the deepest one is one deeper). 512 is Chromium's limit
/// (`kMaximumHTMLParserDOMTreeDepth`). The tree builder's scope checks walk
/// that stack, so unbounded nesting makes parsing quadratic; a page is
/// parsed up to the point where it would nest deeper than this.
pub const MAX_NESTING: usize = 512;

/// Most entries in the tree builder's list of active formatting elements
/// (`<b>`, `<font>`, `<a>`… left open) that the nesting bound follows
/// (512, as [`MAX_NESTING`]). The tree builder re-opens every entry of that
/// list when text follows, so a longer list would nest deeper than
/// [`MAX_NESTING`] at the next text; a page is parsed up to that point.
pub const MAX_ACTIVE_FORMATTING: usize = MAX_NESTING;

/// Most links kept per page and per kind (anchors, scripts, stylesheets,
/// icon links), each counted once: 10,000. Real pages link to a few
/// hundred; the first 10,000 distinct links of a kind are kept in document
/// order and the rest are ignored.
pub const MAX_LINKS_PER_PAGE: usize = 10_000;

/// Most favicon candidates taken from a page's icon links: 8, before the
/// `/favicon.ico` fallback (always tried last). Same-site candidates come
/// first, each group in browser preference order. The crawler fetches at
/// most this many as well, so a page with thousands of icon links costs at
/// most nine requests.
pub const MAX_ICON_CANDIDATES: usize = 8;

/// Most distinct script and stylesheet links kept per site, over all its
/// pages: 10,000 (as [`MAX_LINKS_PER_PAGE`]). Readers keep far fewer
/// assets (64 by default); this bounds the list they choose from.
pub const MAX_ASSET_LINKS_PER_SITE: usize = 10_000;

// ---------------------------------------------------------------- WARC

/// Longest WARC line read (the version line and header lines), in bytes:
/// 64 KiB. A header line that is longer makes its record skipped
/// ([`SkipReason::HeaderLineTooLong`](crate::acquire::warc::SkipReason)); the rest of
/// the line is skipped without being kept in memory.
pub const WARC_MAX_LINE_BYTES: usize = 64 << 10;

/// Largest WARC header block (all header lines of one record), in bytes:
/// 256 KiB. Real WARC headers are well under 4 KiB; larger blocks make the
/// record skipped.
pub const WARC_MAX_HEADER_BYTES: usize = 256 << 10;

/// Most header lines in one WARC record: 256. Writers emit about twenty;
/// more make the record skipped.
pub const WARC_MAX_HEADERS: usize = 256;

/// Default largest WARC record block kept, in bytes (16 MiB), and the
/// largest HTTP body after chunked and content decoding: a block or a
/// decoded body that is longer makes its record skipped (this is what
/// stops a gzip bomb inside an archive).
pub const WARC_MAX_RECORD_BYTES: usize = 16 << 20;

/// Default largest total of the records kept for one site of an archive,
/// in bytes after decoding (64 MiB, as the crawler's default
/// `max_total_bytes`). Without it one site could plan 20 pages and 256
/// assets of 16 MiB each (about 4 GiB held at once). Records that do not
/// fit are not kept, and the site's snapshot says how many.
pub const WARC_MAX_SITE_BYTES: usize = 64 << 20;

/// Longest HTTP status line inside a WARC `response` record, in bytes:
/// 8 KiB (nginx's default line buffer).
pub const HTTP_MAX_STATUS_LINE_BYTES: usize = 8 << 10;

/// Largest HTTP head (status line and headers) inside a WARC `response`
/// record, in bytes: 256 KiB, Chromium's limit on response headers.
pub const HTTP_MAX_HEAD_BYTES: usize = 256 << 10;

/// Most HTTP header lines inside a WARC `response` record: 1,000. Real
/// responses have a few dozen.
pub const HTTP_MAX_HEADERS: usize = 1_000;

/// Longest chunk-size line of a chunked HTTP body (the size in hex and its
/// extensions), in bytes: 4 KiB.
pub const HTTP_MAX_CHUNK_LINE_BYTES: usize = 4 << 10;

// ---------------------------------------------------------------- folders

/// Default largest file read from a saved website folder, in bytes
/// (64 MiB): longer pages are cut with a warning, longer assets, favicons
/// and screenshots are skipped with a warning, without being read.
pub const FOLDER_MAX_FILE_BYTES: u64 = 64 << 20;

/// Default most bytes read from one saved website folder over all its
/// files (256 MiB, four times [`FOLDER_MAX_FILE_BYTES`]); files past the
/// budget are skipped with a warning.
pub const FOLDER_MAX_TOTAL_BYTES: u64 = 256 << 20;

/// Largest `snapshot.json` manifest read, in bytes: 16 MiB. Manifests
/// written by clone-detect are a few kilobytes.
pub const SNAPSHOT_MAX_MANIFEST_BYTES: u64 = 16 << 20;

/// Largest file of a snapshot directory read, in bytes (64 MiB, as
/// [`FOLDER_MAX_FILE_BYTES`]): a longer page body is cut with a warning, a
/// longer favicon, screenshot or asset is skipped with a warning (an asset
/// keeps its SHA-256 when the manifest has one).
pub const SNAPSHOT_MAX_FILE_BYTES: u64 = 64 << 20;

/// Most bytes read from one snapshot directory over all its files
/// (256 MiB, as [`FOLDER_MAX_TOTAL_BYTES`]); files past the budget are
/// skipped with a warning.
pub const SNAPSHOT_MAX_TOTAL_BYTES: u64 = 256 << 20;

/// Most pages read from a snapshot manifest: 1,000 (crawls keep 20 by
/// default and fetch at most 200 candidates); the rest are skipped with a
/// warning.
pub const SNAPSHOT_MAX_PAGES: usize = 1_000;

/// Most assets read from a snapshot manifest: 1,000 (crawls keep 64 by
/// default); the rest are skipped with a warning.
pub const SNAPSHOT_MAX_ASSETS: usize = 1_000;
