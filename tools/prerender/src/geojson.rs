//! The build's `data/mpp.geojson` names each MPP's page by its absolute
//! address (`url`), which only the build knows (`--site-url`, `--base`);
//! the feed builder writes it relative to the app (`page`).

use std::fs;
use std::path::Path;

use serde_json::Value;

/// Adds `url` beside each feature's `page`; a build without the file is
/// left as it is.
pub fn add_page_urls(dist: &Path, site_url: &str, base: &str) -> Result<(), String> {
    let path = dist.join("data").join("mpp.geojson");
    let Ok(text) = fs::read_to_string(&path) else {
        return Ok(());
    };
    let mut collection: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let features = collection
        .get_mut("features")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| format!("{}: no features", path.display()))?;
    for feature in features {
        let Some(properties) = feature.get_mut("properties").and_then(Value::as_object_mut) else {
            continue;
        };
        if let Some(page) = properties.get("page").and_then(Value::as_str) {
            let url = format!("{site_url}{base}/{page}");
            properties.insert("url".into(), Value::String(url));
        }
    }
    let text = serde_json::to_string(&collection).map_err(|e| e.to_string())?;
    fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))
}
