use js_sys::Reflect;
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::PositionOptions;

use domain::geo::LatLon;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeoError {
    Denied,
    Unavailable,
    Timeout,
    Unsupported,
}

/// The user's position, asked for only when `locate` runs (never on page
/// load). Inside an iframe it works when the host page allows geolocation.
#[derive(Clone, Copy)]
pub struct UseGeolocation {
    pub position: Signal<Option<LatLon>>,
    pub error: Signal<Option<GeoError>>,
    pub locating: Signal<bool>,
    pub locate: Callback<()>,
    pub clear: Callback<()>,
}

/// How long a phone may take to find itself before we say so.
const TIMEOUT_MS: u32 = 15_000;
/// A position up to five minutes old is good enough to find the nearest MPP.
const MAXIMUM_AGE_MS: u32 = 300_000;

pub fn use_geolocation() -> UseGeolocation {
    let position = RwSignal::new(None::<LatLon>);
    let error = RwSignal::new(None::<GeoError>);
    let locating = RwSignal::new(false);

    let locate = Callback::new(move |()| {
        let Some(geolocation) =
            crate::browser::window().and_then(|w| w.navigator().geolocation().ok())
        else {
            error.set(Some(GeoError::Unsupported));
            return;
        };
        locating.set(true);
        error.set(None);
        // Called at most once each by the browser; leaked deliberately
        // (two small closures per button press).
        let on_position = Closure::once_into_js(move |p: JsValue| {
            match read_position(&p) {
                Some(found) => position.set(Some(found)),
                None => error.set(Some(GeoError::Unavailable)),
            }
            locating.set(false);
        });
        let on_error = Closure::once_into_js(move |e: JsValue| {
            let code = number(&e, "code").unwrap_or(0.0);
            // GeolocationPositionError: 1 permission denied, 3 timeout.
            error.set(Some(match code as u8 {
                1 => GeoError::Denied,
                3 => GeoError::Timeout,
                _ => GeoError::Unavailable,
            }));
            locating.set(false);
        });
        let options = PositionOptions::new();
        options.set_timeout(TIMEOUT_MS);
        options.set_maximum_age(MAXIMUM_AGE_MS);
        if geolocation
            .get_current_position_with_error_callback_and_options(
                on_position.unchecked_ref(),
                Some(on_error.unchecked_ref()),
                &options,
            )
            .is_err()
        {
            error.set(Some(GeoError::Unsupported));
            locating.set(false);
        }
    });
    let clear = Callback::new(move |()| {
        position.set(None);
        error.set(None);
    });
    UseGeolocation {
        position: position.into(),
        error: error.into(),
        locating: locating.into(),
        locate,
        clear,
    }
}

/// `position.coords` read by name (web-sys types it only as unstable API).
fn read_position(position: &JsValue) -> Option<LatLon> {
    let coords = Reflect::get(position, &"coords".into()).ok()?;
    let lat = number(&coords, "latitude")?;
    let lon = number(&coords, "longitude")?;
    (lat.is_finite() && lon.is_finite()).then_some(LatLon { lat, lon })
}

fn number(object: &JsValue, key: &str) -> Option<f64> {
    Reflect::get(object, &key.into()).ok()?.as_f64()
}
