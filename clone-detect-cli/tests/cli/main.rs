//! The CLI's end-to-end tests, one binary (one link of the CLI's
//! dependencies instead of one per file): the real `clone-detect` binary on
//! the committed corpus, loopback sites, hostile servers and the real
//! Chromium. Run one file's tests with `cargo test -p clone-detect-cli
//! --test cli FILE::`.

mod common;

mod browser_guard;
mod browser_hostile;
mod browser_render;
mod cli;
mod cli_docs;
mod cluster;
mod crawl;
mod crawl_faults;
mod crawl_fidelity;
mod crawl_guard;
mod evidence;
mod folder_render;
mod hostile_sites;
mod interop;
mod known_check;
mod known_exchange;
mod known_repair;
mod parquet;
mod report;
mod spark;
mod watch;
mod watch_blocking;
