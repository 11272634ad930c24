//! Confidence intervals of precision, recall and F1 by a bootstrap over
//! families.
//!
//! Queries of one family are not independent: a site's releases and their
//! mirrors share templates, text and look, and one model error tends to hit
//! all of them. Resampling queries one by one would treat 62 queries of 12
//! families as 62 independent draws and give intervals that are too narrow;
//! the bootstrap resamples whole families instead (a cluster bootstrap):
//! each resample draws as many families as the fold has, with replacement,
//! and keeps every query of each drawn family. The thresholds stay fixed, so
//! an interval shows how the figure would move on another draw of families
//! like these, not how a refitted threshold would. Percentile intervals
//! (2.5% and 97.5% quantiles, linear interpolation between order
//! statistics). A resample with no predicted match has no precision, one
//! with no positive query no recall: those are left out of that figure's
//! quantiles. With no error in the sample (precision 1.000) every resample
//! also has none, and the interval is the point `[1, 1]`: the bootstrap
//! cannot see errors rarer than the sample shows.
//!
//! Deterministic: one seeded SplitMix64 sequence, drawn sequentially; the
//! same draws serve every method (paired), so two methods' intervals compare
//! on the same resamples.

use serde::{Deserialize, Serialize};

use super::distractors::Rng;

/// Default number of bootstrap resamples.
pub const DEFAULT_RESAMPLES: usize = 1000;

/// A two-sided 95% interval.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// The 2.5% quantile.
    pub low: f64,
    /// The 97.5% quantile.
    pub high: f64,
}

/// Counts of one family's queries under one method.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Counts {
    pub(crate) tp: usize,
    pub(crate) fp: usize,
    pub(crate) positives: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Self) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.positives += o.positives;
    }
}

/// The intervals of one method.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Intervals {
    pub(crate) precision: Option<Interval>,
    pub(crate) recall: Option<Interval>,
    pub(crate) f1: Option<Interval>,
}

/// The 2.5% and 97.5% quantiles of `v` (type 7: linear interpolation),
/// `None` when `v` is empty.
fn interval(mut v: Vec<f64>) -> Option<Interval> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let q = |p: f64| {
        let h = (v.len() - 1) as f64 * p;
        let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
        v[lo] + (h - lo as f64) * (v[hi] - v[lo])
    };
    Some(Interval {
        low: q(0.025),
        high: q(0.975),
    })
}

/// Intervals for each method from its per-family counts (`counts[m][f]`:
/// method `m`, family `f`; every method over the same families), by
/// `resamples` family resamples drawn from `seed`.
pub(crate) fn family_bootstrap(
    counts: &[Vec<Counts>],
    resamples: usize,
    seed: u64,
) -> Vec<Intervals> {
    let families = counts.first().map_or(0, Vec::len);
    let mut rng = Rng::of(seed, 0xB007);
    let mut values = vec![(Vec::new(), Vec::new(), Vec::new()); counts.len()];
    if families == 0 {
        return vec![Intervals::default(); counts.len()];
    }
    let mut draw = vec![0usize; families];
    for _ in 0..resamples {
        for d in &mut draw {
            *d = rng.below(families);
        }
        for (m, per_family) in counts.iter().enumerate() {
            let mut c = Counts::default();
            for &f in &draw {
                c += per_family[f];
            }
            let (p, r, f1) = &mut values[m];
            let predicted = c.tp + c.fp;
            if predicted > 0 {
                p.push(c.tp as f64 / predicted as f64);
            }
            if c.positives > 0 {
                r.push(c.tp as f64 / c.positives as f64);
            }
            // 2TP / (2TP + FP + FN): the harmonic mean of precision and
            // recall, and 0 when there is no true positive.
            let denominator = predicted + c.positives;
            if denominator > 0 {
                f1.push(2.0 * c.tp as f64 / denominator as f64);
            }
        }
    }
    values
        .into_iter()
        .map(|(p, r, f1)| Intervals {
            precision: interval(p),
            recall: interval(r),
            f1: interval(f1),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(tp: usize, fp: usize, positives: usize) -> Counts {
        Counts { tp, fp, positives }
    }

    #[test]
    fn quantiles_interpolate() {
        let v: Vec<f64> = (0..=100).map(f64::from).collect();
        let i = interval(v).unwrap();
        assert!((i.low - 2.5).abs() < 1e-12 && (i.high - 97.5).abs() < 1e-12);
        assert_eq!(
            interval(vec![0.5]),
            Some(Interval {
                low: 0.5,
                high: 0.5
            })
        );
        assert_eq!(interval(Vec::new()), None);
    }

    #[test]
    fn intervals_hold_the_point_and_are_deterministic() {
        let counts = vec![
            vec![c(3, 0, 4), c(2, 1, 2), c(0, 0, 0), c(4, 0, 4), c(1, 0, 3)],
            vec![c(4, 0, 4), c(2, 0, 2), c(0, 0, 0), c(4, 0, 4), c(3, 0, 3)],
        ];
        let a = family_bootstrap(&counts, 1000, 7);
        assert_eq!(a, family_bootstrap(&counts, 1000, 7));
        assert_ne!(a, family_bootstrap(&counts, 1000, 8));
        // Method 0: recall 10/13, precision 10/11.
        let r = a[0].recall.unwrap();
        assert!(r.low < 10.0 / 13.0 && 10.0 / 13.0 < r.high, "{r:?}");
        let p = a[0].precision.unwrap();
        assert!(p.low < 10.0 / 11.0 && p.high == 1.0, "{p:?}");
        // Method 1 makes no error: every resample agrees.
        let one = Some(Interval {
            low: 1.0,
            high: 1.0,
        });
        assert_eq!((a[1].precision, a[1].recall), (one, one));
    }

    #[test]
    fn undefined_resamples_are_left_out() {
        // No predictions at all: no precision in any resample.
        let a = family_bootstrap(&[vec![c(0, 0, 2), c(0, 0, 1)]], 100, 1);
        let zero = Some(Interval {
            low: 0.0,
            high: 0.0,
        });
        assert_eq!((a[0].precision, a[0].recall, a[0].f1), (None, zero, zero));
    }
}
