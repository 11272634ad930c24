//! The fused score: logistic regression over the pair features, with its
//! coefficients, threshold and provenance shipped as data (`model.json`),
//! refitted by `clone-detect eval --fit`.

use serde::{Deserialize, Serialize};

use super::features::{Feature, FEATURE_NAMES, N_FEATURES};
use crate::index::SearchConfig;
use crate::{Error, Result};

/// The model format this build reads and writes.
pub const MODEL_FORMAT_VERSION: u32 = 1;

/// The model shipped with the library.
const SHIPPED: &str = include_str!("model.json");

/// Coefficients and thresholds of the fused score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FusedModel {
    /// [`MODEL_FORMAT_VERSION`](super::MODEL_FORMAT_VERSION).
    pub format: u32,
    /// Feature names, in coefficient order; must equal this build's.
    pub features: Vec<String>,
    /// One coefficient per feature.
    pub weights: Vec<f64>,
    /// The intercept.
    pub bias: f64,
    /// Score at or above which the verdict is `reincarnation`.
    pub threshold: f64,
    /// Per-signal thresholds on each feature alone (the single-signal
    /// verdicts evaluation compares against), by feature name.
    pub signal_thresholds: Vec<(String, f64)>,
    /// The candidate search the model was fitted with.
    pub search: SearchConfig,
    /// How the model was fitted: corpus, split, counts, regularisation.
    pub provenance: String,
}

impl FusedModel {
    /// The model shipped with this build.
    pub fn shipped() -> Self {
        Self::from_json(SHIPPED).expect("the shipped model is valid")
    }

    /// Parses and checks a model.
    ///
    /// # Errors
    /// [`Error::Model`] for invalid JSON, another format or feature set, or
    /// non-finite values.
    pub fn from_json(json: &str) -> Result<Self> {
        let model: Self = serde_json::from_str(json).map_err(|e| Error::Model(e.to_string()))?;
        model.check()?;
        Ok(model)
    }

    /// Checks the model against this build.
    ///
    /// # Errors
    /// [`Error::Model`] naming what is wrong.
    pub fn check(&self) -> Result<()> {
        if self.format != MODEL_FORMAT_VERSION {
            return Err(Error::Model(format!(
                "format {} (this build reads {MODEL_FORMAT_VERSION})",
                self.format
            )));
        }
        if self.features != FEATURE_NAMES {
            return Err(Error::Model(format!(
                "features {:?} differ from this build's {FEATURE_NAMES:?}",
                self.features
            )));
        }
        if self.weights.len() != N_FEATURES
            || !self
                .weights
                .iter()
                .chain([&self.bias, &self.threshold])
                .all(|w| w.is_finite())
        {
            return Err(Error::Model(
                "weights must be finite, one per feature".into(),
            ));
        }
        // A model is refused, not clamped, when a weight has the wrong sign
        // (see `Feature::is_against`): an agreement that lowers a score
        // would let a clone hide by copying more.
        if let Some(f) = Feature::ALL
            .into_iter()
            .find(|f| wrong_sign(*f, self.weights[f.index()]))
        {
            return Err(Error::Model(format!(
                "weight of {f} is {}: it must be {} zero",
                self.weights[f.index()],
                if f.is_against() {
                    "at most"
                } else {
                    "at least"
                }
            )));
        }
        Ok(())
    }

    /// The linear part: bias plus weighted features.
    pub fn logit(&self, values: &[f64; N_FEATURES]) -> f64 {
        self.bias
            + self
                .weights
                .iter()
                .zip(values)
                .map(|(w, x)| w * x)
                .sum::<f64>()
    }

    /// The fused score in [0, 1].
    pub fn score(&self, values: &[f64; N_FEATURES]) -> f64 {
        sigmoid(self.logit(values))
    }

    /// The threshold of one feature used alone, if fitted.
    pub fn signal_threshold(&self, feature: &str) -> Option<f64> {
        self.signal_thresholds
            .iter()
            .find(|(f, _)| f == feature)
            .map(|(_, t)| *t)
    }

    /// Serialises the model as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("serialisable model") + "\n"
    }
}

/// Whether `w` has the sign `feature` may not have.
fn wrong_sign(feature: Feature, w: f64) -> bool {
    if feature.is_against() {
        w > 0.0
    } else {
        w < 0.0
    }
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Fits logistic regression with an L2 penalty `lambda` on the weights (not
/// the bias) by Newton's method, with every weight constrained to its
/// feature's sign: at least zero for an agreement, which may add evidence of
/// a match, never subtract it (a fitted negative weight would let a clone
/// lower its score by copying more); at most zero for evidence against
/// ([`Feature::is_against`]). The constraint is met with an active set: a
/// weight that comes out with the wrong sign is fixed at zero and the rest
/// refitted. Unweighted examples, so
/// the score is the fitted probability that a pair is the same site.
/// Deterministic: no randomness, fixed iteration limits.
pub fn fit_logistic(xs: &[[f64; N_FEATURES]], ys: &[bool], lambda: f64) -> (Vec<f64>, f64) {
    let mut free = [true; N_FEATURES];
    loop {
        let (w, b) = newton(xs, ys, lambda, &free);
        // The weight furthest on the wrong side of zero goes first.
        let worst = Feature::ALL
            .into_iter()
            .map(|f| (f.index(), f))
            .filter(|&(i, f)| free[i] && wrong_sign(f, w[i]))
            .max_by(|&(i, _), &(j, _)| w[i].abs().total_cmp(&w[j].abs()).then(j.cmp(&i)))
            .map(|(i, _)| i);
        match worst {
            Some(i) => free[i] = false,
            None => return (w, b),
        }
    }
}

/// Newton's method over the bias and the `free` weights (others stay 0).
fn newton(
    xs: &[[f64; N_FEATURES]],
    ys: &[bool],
    lambda: f64,
    free: &[bool; N_FEATURES],
) -> (Vec<f64>, f64) {
    const D: usize = N_FEATURES + 1;
    let mut beta = [0.0f64; D];
    for _ in 0..100 {
        let mut grad = [0.0f64; D];
        let mut hess = [[0.0f64; D]; D];
        for (x, &y) in xs.iter().zip(ys) {
            let mut row = [1.0f64; D];
            row[1..].copy_from_slice(x);
            for (i, r) in row[1..].iter_mut().enumerate() {
                if !free[i] {
                    *r = 0.0;
                }
            }
            let z: f64 = row.iter().zip(&beta).map(|(a, b)| a * b).sum();
            let p = sigmoid(z);
            let err = p - f64::from(u8::from(y));
            let curv = p * (1.0 - p);
            for i in 0..D {
                grad[i] += err * row[i];
                for j in 0..D {
                    hess[i][j] += curv * row[i] * row[j];
                }
            }
        }
        for i in 1..D {
            grad[i] += lambda * beta[i];
            hess[i][i] += lambda;
        }
        hess[0][0] += 1e-9;
        let step = solve(hess, grad);
        let mut moved = 0.0f64;
        for i in 0..D {
            beta[i] -= step[i];
            moved = moved.max(step[i].abs());
        }
        if moved < 1e-10 {
            break;
        }
    }
    (beta[1..].to_vec(), beta[0])
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
// Index loops read as the textbook algorithm does.
#[allow(clippy::needless_range_loop)]
fn solve<const D: usize>(mut a: [[f64; D]; D], mut b: [f64; D]) -> [f64; D] {
    for col in 0..D {
        let pivot = (col..D)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let p = a[col][col];
        if p.abs() < 1e-15 {
            continue;
        }
        for row in col + 1..D {
            let f = a[row][col] / p;
            for k in col..D {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0f64; D];
    for row in (0..D).rev() {
        let s: f64 = (row + 1..D).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-15 {
            0.0
        } else {
            (b[row] - s) / a[row][row]
        };
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_model_loads() {
        let m = FusedModel::shipped();
        assert_eq!(m.weights.len(), N_FEATURES);
        assert!(FusedModel::from_json(&m.to_json()).is_ok());
    }

    #[test]
    fn foreign_features_are_refused() {
        let mut m = FusedModel::shipped();
        m.features[0] = "other".into();
        assert!(matches!(
            FusedModel::from_json(&m.to_json()),
            Err(Error::Model(_))
        ));
    }

    #[test]
    fn weights_of_the_wrong_sign_are_refused() {
        let mut m = FusedModel::shipped();
        m.weights[Feature::Text.index()] = -0.5;
        let e = FusedModel::from_json(&m.to_json()).unwrap_err().to_string();
        assert!(e.contains("text") && e.contains("at least"), "{e}");
        let mut m = FusedModel::shipped();
        m.weights[Feature::TitleDiffers.index()] = 0.5;
        let e = FusedModel::from_json(&m.to_json()).unwrap_err().to_string();
        assert!(e.contains("title_differs") && e.contains("at most"), "{e}");
    }

    #[test]
    fn evidence_against_is_fitted_with_a_sign_it_may_have() {
        // Feature 0 separates; an against feature that is high on
        // negatives gets a negative weight, one that is high on positives
        // (the wrong way round) is held at zero.
        let (fav, title) = (
            Feature::FaviconDiffers.index(),
            Feature::TitleDiffers.index(),
        );
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for i in 0..300 {
            let y = i % 3 == 0;
            let mut x = [0.0; N_FEATURES];
            x[0] = if y { 0.6 } else { 0.4 } + f64::from(i % 7) / 20.0;
            x[fav] = if y { 0.0 } else { f64::from(i % 2) };
            x[title] = if y { f64::from(i % 2) } else { 0.0 };
            xs.push(x);
            ys.push(y);
        }
        let (w, _) = fit_logistic(&xs, &ys, 0.01);
        assert!(w[fav] < -0.5, "{w:?}");
        assert_eq!(w[title], 0.0, "{w:?}");
        assert!(w[0] > 0.0, "{w:?}");
    }

    #[test]
    fn logistic_fit_separates_a_separable_signal() {
        let mut xs = Vec::new();
        let mut ys = Vec::new();
        for i in 0..200 {
            let mut x = [0.0; N_FEATURES];
            x[0] = f64::from(i) / 200.0;
            x[3] = f64::from((i * 7) % 13) / 13.0; // noise
            xs.push(x);
            ys.push(i >= 120);
        }
        let (w, b) = fit_logistic(&xs, &ys, 0.01);
        assert!(w[0] > 5.0, "{w:?}");
        assert!(
            Feature::ALL.iter().all(|f| !wrong_sign(*f, w[f.index()])),
            "{w:?}"
        );
        let z = |x: f64| b + w[0] * x;
        assert!(z(0.2) < 0.0 && z(0.9) > 0.0);
        // Same input, same output.
        assert_eq!(fit_logistic(&xs, &ys, 0.01), (w, b));
    }
}
