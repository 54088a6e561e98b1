//! The coverage map: the pre-2012 province shapes shaded by the share of
//! regencies and cities with an MPP. The table beside it is the accessible
//! alternative with the same numbers.

use std::collections::HashMap;

use js_sys::{Array, Reflect};
use leptos::{html::Div, prelude::*, task::spawn_local_scoped_with_cancellation};
use wasm_bindgen::{closure::Closure, JsValue};

use super::leaflet::{self, lat_lng, options};
use super::{basemap, loader};
use crate::i18n::tr;
use crate::state::{use_feed_store, Shapes};
use domain::coverage::ProvinceCoverage;

/// Light to dark: 0–20 %, …, 80–100 %.
// The legend's swatches repeat these in CSS (`.swatch-0` …): a class, not
// an inline style, which the page's CSP would refuse in pre-rendered HTML.
const SHADES: [&str; 5] = ["#e8f3ee", "#b9dccb", "#7fbfa2", "#3f9474", "#0b5c4a"];

#[component]
pub fn CoverageMap(#[prop(into)] provinces: Signal<Vec<ProvinceCoverage>>) -> impl IntoView {
    let node = NodeRef::<Div>::new();
    let map = StoredValue::new_local(None::<leaflet::Map>);
    let store = use_feed_store();
    let owner = Owner::current();
    Effect::new(move |_| {
        let (Some(element), Some(owner)) = (node.get(), owner.as_ref()) else {
            return;
        };
        let rows = provinces.get_untracked();
        owner.with(|| {
            spawn_local_scoped_with_cancellation(async move {
                if loader::load_leaflet().await.is_err() {
                    return;
                }
                let Some(shapes) = store
                    .shapes(Shapes::Provinces2012)
                    .await
                    .and_then(|text| js_sys::JSON::parse(&text).ok())
                else {
                    return;
                };
                let created = leaflet::new_map(
                    &element,
                    &options(&[("minZoom", 3.into()), ("zoomSnap", 0.5.into())]),
                );
                created.fit_bounds(&Array::of2(&lat_lng(-11.0, 95.0), &lat_lng(6.0, 141.0)));
                basemap::credit_fallback(&created);
                shade(&created, &shapes, &rows);
                map.set_value(Some(created));
            })
        });
    });
    on_cleanup(move || {
        map.update_value(|m| {
            if let Some(m) = m.take() {
                m.remove();
            }
        })
    });
    let legend = SHADES
        .iter()
        .enumerate()
        .map(|(i, _)| {
            view! {
                <li><span class=format!("swatch swatch-{i}")></span>{format!("{}–{} %", i * 20, i * 20 + 20)}</li>
            }
        })
        .collect_view();
    view! {
        <div class="coverage-map-frame">
            <div node_ref=node class="map coverage-map" role="region" aria-label=tr(|t| t.coverage_map_label)></div>
            <ul class="legend" aria-label=tr(|t| t.col_share)>{legend}</ul>
        </div>
    }
}

fn shade(map: &leaflet::Map, shapes: &JsValue, rows: &[ProvinceCoverage]) {
    let by_code: HashMap<String, ProvinceCoverage> =
        rows.iter().map(|r| (r.code.clone(), r.clone())).collect();
    // (name, covered, total) of the provinces a pre-2012 shape stands for.
    let summary = move |feature: &JsValue| -> Option<(String, usize, usize)> {
        let properties = Reflect::get(feature, &"properties".into()).ok()?;
        let codes = Array::from(&Reflect::get(&properties, &"idn_province_codes".into()).ok()?);
        let parts: Vec<&ProvinceCoverage> = codes
            .iter()
            .filter_map(|c| c.as_string())
            .filter_map(|c| by_code.get(&c))
            .collect();
        if parts.is_empty() {
            return None;
        }
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        let covered = parts.iter().map(|p| p.listed + p.province_level).sum();
        let total = parts.iter().map(|p| p.total).sum();
        Some((names.join(" + "), covered, total))
    };
    let summary = std::rc::Rc::new(summary);
    let style = {
        let summary = summary.clone();
        Closure::<dyn Fn(JsValue) -> JsValue>::new(move |feature: JsValue| {
            let fill = match summary(&feature) {
                Some((_, covered, total)) if total > 0 => SHADES[((covered * 5) / total).min(4)],
                _ => "#d9d9d9",
            };
            options(&[
                ("fillColor", fill.into()),
                ("fillOpacity", 0.9.into()),
                ("color", "#ffffff".into()),
                ("weight", 1.into()),
            ])
        })
        .into_js_value()
    };
    let each = Closure::<dyn Fn(JsValue, leaflet::Layer)>::new(
        move |feature: JsValue, layer: leaflet::Layer| {
            if let Some((name, covered, total)) = summary(&feature) {
                let share = (covered * 100).checked_div(total).unwrap_or(0);
                layer.bind_tooltip(
                    &format!("{name}: {covered}/{total} ({share} %)"),
                    &options(&[("sticky", true.into())]),
                );
            }
        },
    )
    .into_js_value();
    leaflet::geo_json(
        shapes,
        &options(&[("style", style), ("onEachFeature", each)]),
    )
    .add_to(map);
}
