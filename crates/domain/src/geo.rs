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
    let h = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
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
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(sep);
            }
            grouped.push(c);
        }
        format!("{grouped} km")
    }
}
