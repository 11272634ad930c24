//! A one-line progress display on stderr, drawn only when stderr is a
//! terminal: items done (of how many), pages and bytes crawled, elapsed
//! time, rate and, with a total, the time left.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use clone_detect::acquire::crawl::CrawlProgress;
use clone_detect::acquire::warc::WarcProgress;

/// How often the line is redrawn.
const TICK: Duration = Duration::from_millis(250);

/// The running display; dropping it erases the line.
pub struct Progress {
    done: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
    drawer: Option<JoinHandle<()>>,
}

impl Progress {
    /// Starts the display, or returns `None` when stderr is not a terminal.
    pub fn start(unit: &'static str, total: Option<u64>, crawled: CrawlProgress) -> Option<Self> {
        Self::draw(move |done, elapsed| render(unit, done, total, &crawled, elapsed))
    }

    /// A display of bytes read from an archive: read of total, rate, time
    /// left; `None` when stderr is not a terminal.
    pub fn archive(name: String, read: WarcProgress) -> Option<Self> {
        Self::draw(move |_, elapsed| render_bytes(&name, read.done(), read.total(), elapsed))
    }

    fn draw(line: impl Fn(u64, Duration) -> String + Send + 'static) -> Option<Self> {
        if !std::io::stderr().is_terminal() {
            return None;
        }
        let done = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (d, s) = (done.clone(), stop.clone());
        let started = Instant::now();
        let drawer = std::thread::spawn(move || {
            while !s.load(Ordering::Relaxed) {
                let line = line(d.load(Ordering::Relaxed), started.elapsed());
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r\x1b[2K{line}");
                let _ = err.flush();
                drop(err);
                std::thread::sleep(TICK);
            }
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
        });
        Some(Self {
            done,
            stop,
            drawer: Some(drawer),
        })
    }

    /// Counts `n` more items done.
    pub fn done(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(drawer) = self.drawer.take() {
            let _ = drawer.join();
        }
    }
}

/// The progress line.
fn render(
    unit: &str,
    done: u64,
    total: Option<u64>,
    crawled: &CrawlProgress,
    elapsed: Duration,
) -> String {
    let secs = elapsed.as_secs_f64();
    let mut line = match total {
        Some(t) => format!("{unit} {done}/{t}"),
        None => format!("{unit} {done}"),
    };
    if crawled.pages() > 0 {
        line.push_str(&format!(
            " · {} pages · {}",
            crawled.pages(),
            bytes(crawled.bytes())
        ));
    }
    line.push_str(&format!(" · {}", clock(secs)));
    if done > 0 && secs > 0.0 {
        let rate = done as f64 / secs;
        line.push_str(&format!(" · {rate:.2} {unit}/s"));
        if let Some(t) = total.filter(|&t| t > done) {
            line.push_str(&format!(" · ETA {}", clock((t - done) as f64 / rate)));
        }
    }
    line
}

/// The progress line of an archive read.
fn render_bytes(name: &str, done: u64, total: u64, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64();
    let mut line = format!("{name}: {} of {}", bytes(done), bytes(total));
    line.push_str(&format!(" · {}", clock(secs)));
    if done > 0 && secs > 0.0 {
        let rate = done as f64 / secs;
        line.push_str(&format!(" · {}/s", bytes(rate as u64)));
        if total > done {
            line.push_str(&format!(" · ETA {}", clock((total - done) as f64 / rate)));
        }
    }
    line
}

fn clock(secs: f64) -> String {
    let s = secs.round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

fn bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["B", "KiB", "MiB", "GiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_has_count_rate_and_eta() {
        let line = render(
            "sites",
            2,
            Some(10),
            &CrawlProgress::new(),
            Duration::from_secs(4),
        );
        assert_eq!(line, "sites 2/10 · 0:04 · 0.50 sites/s · ETA 0:16");
        assert_eq!(bytes(1536), "1.5 KiB");
        assert_eq!(clock(3725.0), "1:02:05");
        assert_eq!(
            render_bytes("a.warc", 1 << 20, 3 << 20, Duration::from_secs(2)),
            "a.warc: 1.0 MiB of 3.0 MiB · 0:02 · 512.0 KiB/s · ETA 0:04"
        );
    }
}
