//! Where a watch reads the time: the system clock, or a clock a test moves
//! by hand.
//!
//! A watch reads the time for three things: the pause between two requests
//! to one host and the sweep for results grown old (a monotonic
//! [`Instant`]), the time stamp of each result and whether a result is old
//! enough to check again (the wall clock, [`SystemTime`]), and the timings
//! of each step. All of them go through a [`Clock`], so a test can let days
//! pass with [`ManualClock::advance`] instead of sleeping.
//!
//! ```
//! use std::time::Duration;
//! use clone_detect::watch::clock::{Clock, ManualClock};
//!
//! let clock = ManualClock::default();
//! let (then, wall) = (clock.now_instant(), clock.now_system());
//! clock.advance(Duration::from_secs(7 * 24 * 3600));
//! assert_eq!(clock.now_instant() - then, Duration::from_secs(7 * 24 * 3600));
//! assert_eq!(clock.now_system().duration_since(wall).unwrap(), Duration::from_secs(7 * 24 * 3600));
//! ```

use std::fmt::Debug;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

/// A source of the current time. Read from several threads at once.
pub trait Clock: Debug + Send + Sync {
    /// The monotonic time: for pauses and intervals.
    fn now_instant(&self) -> Instant;
    /// The wall-clock time: for time stamps and the age of results.
    fn now_system(&self) -> SystemTime;
}

/// The system's clocks. The default of a watch.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_instant(&self) -> Instant {
        Instant::now()
    }

    fn now_system(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock that stands still until [`advance`](Self::advance)d: both of its
/// readings move together, by exactly what was asked.
#[derive(Debug)]
pub struct ManualClock {
    /// An instant to count from (a [`Instant`] cannot be made from nothing).
    origin: Instant,
    /// The wall-clock time at `origin`.
    start: SystemTime,
    /// How far the clock was moved from its start.
    elapsed: Mutex<Duration>,
}

impl ManualClock {
    /// The time stamp [`ManualClock::default`] starts at:
    /// 2024-01-01T00:00:00Z.
    pub const DEFAULT_START_UNIX: u64 = 1_704_067_200;

    /// A clock whose wall-clock reading starts at `start`.
    pub fn starting_at(start: SystemTime) -> Self {
        Self {
            origin: Instant::now(),
            start,
            elapsed: Mutex::new(Duration::ZERO),
        }
    }

    /// Moves both readings forward by `by`.
    pub fn advance(&self, by: Duration) {
        *self.elapsed.lock().unwrap_or_else(|e| e.into_inner()) += by;
    }

    fn elapsed(&self) -> Duration {
        *self.elapsed.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Default for ManualClock {
    /// A clock at [`DEFAULT_START_UNIX`](Self::DEFAULT_START_UNIX), so that
    /// time stamps do not depend on when a test runs.
    fn default() -> Self {
        Self::starting_at(SystemTime::UNIX_EPOCH + Duration::from_secs(Self::DEFAULT_START_UNIX))
    }
}

impl Clock for ManualClock {
    fn now_instant(&self) -> Instant {
        self.origin + self.elapsed()
    }

    fn now_system(&self) -> SystemTime {
        self.start + self.elapsed()
    }
}

/// Seconds since 1970 (0 before it).
pub fn unix_seconds(time: SystemTime) -> u64 {
    time.duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Whole milliseconds, saturating.
pub(crate) fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_stands_still_until_advanced() {
        let clock = ManualClock::default();
        let (instant, system) = (clock.now_instant(), clock.now_system());
        assert_eq!((clock.now_instant(), clock.now_system()), (instant, system));
        assert_eq!(unix_seconds(system), ManualClock::DEFAULT_START_UNIX);
        clock.advance(Duration::from_millis(1500));
        clock.advance(Duration::from_millis(500));
        assert_eq!(clock.now_instant() - instant, Duration::from_secs(2));
        assert_eq!(
            unix_seconds(clock.now_system()),
            ManualClock::DEFAULT_START_UNIX + 2
        );
    }

    #[test]
    fn unix_seconds_before_1970_is_zero() {
        let before = SystemTime::UNIX_EPOCH - Duration::from_secs(5);
        assert_eq!(unix_seconds(before), 0);
        assert_eq!(millis(Duration::from_secs(u64::MAX)), u64::MAX);
    }
}
