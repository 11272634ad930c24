//! scipy's DCT-II as pocketfft computes it, operation for operation, for
//! the 32 x 32 pixels of imagehash's pHash.

use std::f64::consts::{PI, SQRT_2};
use std::sync::OnceLock;

/// Length of the DCT.
pub(super) const N: usize = 32;

/// scipy's `fftpack.dct(x)` (type II, no normalisation) for 32 values, in
/// pocketfft's operations (`T_dcst23::exec` over `rfftp`'s backward real
/// FFT with factors 2, 4, 4), so that the results are bit-identical.
pub(super) struct Dct32 {
    /// Twiddles of the radix-2 pass (`ido` 16).
    pass2: [f64; 15],
    /// Twiddles of the first radix-4 pass (`ido` 4).
    pass4: [f64; 9],
    /// Real parts of the 128th roots of unity 1 to 32.
    post: [f64; N],
}

impl Dct32 {
    pub(super) fn get() -> &'static Self {
        static PLAN: OnceLock<Dct32> = OnceLock::new();
        PLAN.get_or_init(|| {
            let roots = UnityRoots::new(N);
            let mut pass2 = [0.0; 15];
            for i in 1..=7 {
                let (re, im) = roots.get(i);
                pass2[2 * i - 2] = re;
                pass2[2 * i - 1] = im;
            }
            let mut pass4 = [0.0; 9];
            for j in 1..=3 {
                let (re, im) = roots.get(2 * j);
                pass4[(j - 1) * 3] = re;
                pass4[(j - 1) * 3 + 1] = im;
            }
            let quarter = UnityRoots::new(4 * N);
            let post = std::array::from_fn(|i| quarter.get(i + 1).0);
            Dct32 { pass2, pass4, post }
        })
    }

    pub(super) fn forward(&self, c: &mut [f64; N]) {
        c[0] *= 2.0;
        c[N - 1] *= 2.0;
        for k in (1..N - 1).step_by(2) {
            let t = c[k + 1];
            c[k + 1] -= c[k];
            c[k] += t;
        }
        let mut scratch = [0.0; N];
        radb2(16, 1, c, &mut scratch, &self.pass2);
        radb4(4, 2, &scratch, c, &self.pass4);
        radb4(1, 8, c, &mut scratch, &[]);
        *c = scratch;
        let half = N / 2;
        for k in 1..half {
            let kc = N - k;
            let t1 = self.post[k - 1] * c[kc] + self.post[kc - 1] * c[k];
            let t2 = self.post[k - 1] * c[k] - self.post[kc - 1] * c[kc];
            c[k] = 0.5 * (t1 + t2);
            c[kc] = 0.5 * (t1 - t2);
        }
        c[half] *= self.post[half - 1];
    }
}

/// pocketfft's `sincos_2pibyn`: the `n`-th roots of unity from two small
/// tables of directly computed sines and cosines.
struct UnityRoots {
    n: usize,
    mask: usize,
    shift: u32,
    fine: Vec<(f64, f64)>,
    coarse: Vec<(f64, f64)>,
}

impl UnityRoots {
    fn new(n: usize) -> Self {
        // `0.25L * pi / n`: for a power of two `n` the long double product
        // rounds to exactly this double.
        let angle = PI / (4 * n) as f64;
        let roots = |m: usize| {
            let a = m as f64 * angle;
            (a.cos(), a.sin())
        };
        // pocketfft's `calc`: the octant decides which of cos and sin of
        // the smaller angle goes where.
        let calc = |x: usize| -> (f64, f64) {
            let x = x << 3;
            if x < 4 * n {
                if x < 2 * n {
                    if x < n {
                        roots(x)
                    } else {
                        let (c, s) = roots(2 * n - x);
                        (s, c)
                    }
                } else if x - 2 * n < n {
                    let (c, s) = roots(x - 2 * n);
                    (-s, c)
                } else {
                    let (c, s) = roots(4 * n - x);
                    (-c, s)
                }
            } else {
                let x = 8 * n - x;
                if x < 2 * n {
                    if x < n {
                        let (c, s) = roots(x);
                        (c, -s)
                    } else {
                        let (c, s) = roots(2 * n - x);
                        (s, -c)
                    }
                } else if x - 2 * n < n {
                    let (c, s) = roots(x - 2 * n);
                    (-s, -c)
                } else {
                    let (c, s) = roots(4 * n - x);
                    (-c, -s)
                }
            }
        };
        let values = (n + 2) / 2;
        let mut shift = 1;
        while (1usize << shift) * (1usize << shift) < values {
            shift += 1;
        }
        let mask = (1usize << shift) - 1;
        let fine = (0..=mask)
            .map(|i| if i == 0 { (1.0, 0.0) } else { calc(i) })
            .collect();
        let coarse = (0..values.div_ceil(mask + 1))
            .map(|i| {
                if i == 0 {
                    (1.0, 0.0)
                } else {
                    calc(i * (mask + 1))
                }
            })
            .collect();
        Self {
            n,
            mask,
            shift,
            fine,
            coarse,
        }
    }

    fn get(&self, idx: usize) -> (f64, f64) {
        let (idx, sign) = if 2 * idx <= self.n {
            (idx, 1.0)
        } else {
            (self.n - idx, -1.0)
        };
        let (a, b) = (self.fine[idx & self.mask], self.coarse[idx >> self.shift]);
        (a.0 * b.0 - a.1 * b.1, sign * (a.0 * b.1 + a.1 * b.0))
    }
}

/// pocketfft's `rfftp::radb2`.
fn radb2(ido: usize, l1: usize, cc: &[f64; N], ch: &mut [f64; N], wa: &[f64]) {
    let cc_at = |a: usize, b: usize, c: usize| cc[a + ido * (b + 2 * c)];
    let ch_at = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    for k in 0..l1 {
        let (p, q) = (cc_at(0, 0, k), cc_at(ido - 1, 1, k));
        ch[ch_at(0, k, 0)] = p + q;
        ch[ch_at(0, k, 1)] = p - q;
    }
    if ido.is_multiple_of(2) {
        for k in 0..l1 {
            ch[ch_at(ido - 1, k, 0)] = 2.0 * cc_at(ido - 1, 0, k);
            ch[ch_at(ido - 1, k, 1)] = -2.0 * cc_at(0, 1, k);
        }
    }
    if ido <= 2 {
        return;
    }
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let (p, q) = (cc_at(i - 1, 0, k), cc_at(ic - 1, 1, k));
            ch[ch_at(i - 1, k, 0)] = p + q;
            let tr2 = p - q;
            let (p, q) = (cc_at(i, 0, k), cc_at(ic, 1, k));
            let ti2 = p + q;
            ch[ch_at(i, k, 0)] = p - q;
            let (wr, wi) = (wa[i - 2], wa[i - 1]);
            ch[ch_at(i, k, 1)] = wr * ti2 + wi * tr2;
            ch[ch_at(i - 1, k, 1)] = wr * tr2 - wi * ti2;
        }
    }
}

/// pocketfft's `rfftp::radb4`.
fn radb4(ido: usize, l1: usize, cc: &[f64; N], ch: &mut [f64; N], wa: &[f64]) {
    let cc_at = |a: usize, b: usize, c: usize| cc[a + ido * (b + 4 * c)];
    let ch_at = |a: usize, b: usize, c: usize| a + ido * (b + l1 * c);
    for k in 0..l1 {
        let (p, q) = (cc_at(0, 0, k), cc_at(ido - 1, 3, k));
        let (tr2, tr1) = (p + q, p - q);
        let tr3 = 2.0 * cc_at(ido - 1, 1, k);
        let tr4 = 2.0 * cc_at(0, 2, k);
        ch[ch_at(0, k, 0)] = tr2 + tr3;
        ch[ch_at(0, k, 2)] = tr2 - tr3;
        ch[ch_at(0, k, 3)] = tr1 + tr4;
        ch[ch_at(0, k, 1)] = tr1 - tr4;
    }
    if ido.is_multiple_of(2) {
        for k in 0..l1 {
            let (p, q) = (cc_at(0, 3, k), cc_at(0, 1, k));
            let (ti1, ti2) = (p + q, p - q);
            let (p, q) = (cc_at(ido - 1, 0, k), cc_at(ido - 1, 2, k));
            let (tr2, tr1) = (p + q, p - q);
            ch[ch_at(ido - 1, k, 0)] = tr2 + tr2;
            ch[ch_at(ido - 1, k, 1)] = SQRT_2 * (tr1 - ti1);
            ch[ch_at(ido - 1, k, 2)] = ti2 + ti2;
            ch[ch_at(ido - 1, k, 3)] = -SQRT_2 * (tr1 + ti1);
        }
    }
    if ido <= 2 {
        return;
    }
    let wa_at = |x: usize, i: usize| wa[i + x * (ido - 1)];
    for k in 0..l1 {
        for i in (2..ido).step_by(2) {
            let ic = ido - i;
            let (p, q) = (cc_at(i - 1, 0, k), cc_at(ic - 1, 3, k));
            let (tr2, tr1) = (p + q, p - q);
            let (p, q) = (cc_at(i, 0, k), cc_at(ic, 3, k));
            let (ti1, ti2) = (p + q, p - q);
            let (p, q) = (cc_at(i, 2, k), cc_at(ic, 1, k));
            let (tr4, ti3) = (p + q, p - q);
            let (p, q) = (cc_at(i - 1, 2, k), cc_at(ic - 1, 1, k));
            let (tr3, ti4) = (p + q, p - q);
            ch[ch_at(i - 1, k, 0)] = tr2 + tr3;
            let cr3 = tr2 - tr3;
            ch[ch_at(i, k, 0)] = ti2 + ti3;
            let ci3 = ti2 - ti3;
            let (cr4, cr2) = (tr1 + tr4, tr1 - tr4);
            let (ci2, ci4) = (ti1 + ti4, ti1 - ti4);
            for (x, ci, cr) in [(0, ci2, cr2), (1, ci3, cr3), (2, ci4, cr4)] {
                let (wr, wi) = (wa_at(x, i - 2), wa_at(x, i - 1));
                ch[ch_at(i, k, x + 1)] = wr * ci + wi * cr;
                ch[ch_at(i - 1, k, x + 1)] = wr * cr - wi * ci;
            }
        }
    }
}
