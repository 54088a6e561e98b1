//! Distances on the Earth, for "nearest to me".

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    pub lat: f64,
    pub lon: f64,
}

/// Mean Earth radius (IUGG), in km.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Great-circle distance by the haversine formula: accurate to well under
/// 1 % across Indonesia, which is all "how far is it" needs.
pub fn distance_km(a: LatLon, b: LatLon) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let d_lat = lat2 - lat1;
    let d_lon = (b.lon - a.lon).to_radians();
    let h = sin(d_lat / 2.0).powi(2) + cos(lat1) * cos(lat2) * sin(d_lon / 2.0).powi(2);
    2.0 * EARTH_RADIUS_KM * asin(h.sqrt().min(1.0))
}

// The trigonometry "nearest to me" needs, written out: in wasm `f64::sin`,
// `cos` and `asin` are libm routines (with their argument reduction, some
// 8 KB) that would ride in the home page's first download for this alone.

/// sin(x): reduced to [-π/2, π/2], then its Taylor series to x²¹ (error
/// under 10⁻¹⁹ there).
fn sin(x: f64) -> f64 {
    use std::f64::consts::{FRAC_PI_2, PI, TAU};
    let x = x - ((x + PI) / TAU).floor() * TAU; // now in [-π, π)
    let x = if x > FRAC_PI_2 {
        PI - x
    } else if x < -FRAC_PI_2 {
        -PI - x
    } else {
        x
    };
    let (x2, mut term, mut sum) = (x * x, x, x);
    for n in 1..=10 {
        let k = (2 * n) as f64;
        term *= -x2 / (k * (k + 1.0));
        sum += term;
    }
    sum
}

fn cos(x: f64) -> f64 {
    sin(x + std::f64::consts::FRAC_PI_2)
}

/// asin(y) for y in [0, 1]: its Taylor series where it converges fast
/// (y ≤ ½; a handful of terms for distances within Indonesia), and above
/// that asin y = π/2 − 2·asin √((1 − y)/2). A distance is computed for
/// every MPP on each keystroke while "Lokasi saya" sorts the list.
fn asin(y: f64) -> f64 {
    if y > 0.5 {
        return std::f64::consts::FRAC_PI_2 - 2.0 * asin(((1.0 - y) / 2.0).sqrt());
    }
    // p = (2n)! / (4ⁿ n!²) · y^(2n+1); the n-th term is p / (2n + 1).
    let (y2, mut p, mut sum) = (y * y, y, y);
    for n in 1..60 {
        let k = n as f64;
        p *= y2 * (2.0 * k - 1.0) / (2.0 * k);
        let term = p / (2.0 * k + 1.0);
        sum += term;
        if term <= sum * 1e-17 {
            break;
        }
    }
    sum
}

/// "3,4 km" / "3.4 km" under 10 km, whole kilometres beyond.
pub fn format_km(km: f64, decimal_comma: bool) -> String {
    if !km.is_finite() {
        return String::new();
    }
    if km < 10.0 {
        let text = format!("{} km", crate::decimal::fixed(km, 1));
        if decimal_comma {
            text.replace('.', ",")
        } else {
            text
        }
    } else {
        let whole = crate::decimal::fixed(km, 0);
        // Thousands grouped as each language writes them: 1.234 / 1,234.
        let sep = if decimal_comma { '.' } else { ',' };
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i).is_multiple_of(3) {
                grouped.push(sep);
            }
            grouped.push(c);
        }
        format!("{grouped} km")
    }
}

#[cfg(test)]
mod trigonometry_tests {
    use super::{asin, cos, distance_km, sin, LatLon, EARTH_RADIUS_KM};

    #[test]
    fn sin_cos_asin_agree_with_libm() {
        for i in -4000..4000 {
            let x = i as f64 * 0.003_7;
            assert!((sin(x) - x.sin()).abs() < 1e-14, "sin {x}");
            assert!((cos(x) - x.cos()).abs() < 1e-14, "cos {x}");
        }
        for i in 0..=1000 {
            let y = i as f64 / 1000.0;
            // Near 1 a sine cannot tell angles 10⁻⁸ apart (10⁻⁴ km here).
            let tolerance = if y > 0.999 { 1e-7 } else { 1e-12 };
            assert!((asin(y) - y.asin()).abs() < tolerance, "asin {y}");
        }
    }

    #[test]
    fn distances_agree_with_the_libm_haversine() {
        let libm = |a: LatLon, b: LatLon| {
            let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
            let h = ((lat2 - lat1) / 2.0).sin().powi(2)
                + lat1.cos() * lat2.cos() * ((b.lon - a.lon).to_radians() / 2.0).sin().powi(2);
            2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
        };
        for lat1 in (-80..=80).step_by(10) {
            for lon1 in (-170..=170).step_by(40) {
                for (dlat, dlon) in [
                    (0.01, 0.02),
                    (0.5, -0.7),
                    (3.0, 11.0),
                    (-40.0, 95.0),
                    (10.0, 179.0),
                ] {
                    let a = LatLon {
                        lat: lat1 as f64,
                        lon: lon1 as f64,
                    };
                    let b = LatLon {
                        lat: (lat1 as f64 + dlat).clamp(-90.0, 90.0),
                        lon: lon1 as f64 + dlon,
                    };
                    let (got, want) = (distance_km(a, b), libm(a, b));
                    assert!((got - want).abs() < 1e-6, "{a:?} → {b:?}: {got} ≠ {want}");
                }
            }
        }
        // Banda Aceh to Jayapura, the country's breadth: about 5,100 km.
        let far = distance_km(
            LatLon {
                lat: 5.55,
                lon: 95.32,
            },
            LatLon {
                lat: -2.53,
                lon: 140.72,
            },
        );
        assert!((5000.0..5250.0).contains(&far), "{far}");
    }
}
