//! The draft kept on this device (localStorage), one per MPP, written as
//! typed: a closed tab or a lost signal loses nothing until the person
//! clears it. Nothing is sent anywhere.

use crate::browser;
use domain::publisher::Draft;

fn key(slug: &str) -> String {
    format!("peta-mpp:kelola:{slug}")
}

/// The kept draft, if any (one that no longer reads is ignored, not lost:
/// it stays stored until the next save).
pub fn load(slug: &str) -> Option<Draft> {
    let text = browser::local_storage()?.get_item(&key(slug)).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn save(slug: &str, draft: &Draft) {
    if let (Some(storage), Ok(text)) = (browser::local_storage(), serde_json::to_string(draft)) {
        let _ = storage.set_item(&key(slug), &text);
    }
}

pub fn clear(slug: &str) {
    if let Some(storage) = browser::local_storage() {
        let _ = storage.remove_item(&key(slug));
    }
}
