//! The map: one component that owns Leaflet. It is created in an Effect
//! once its node is mounted and visible (Leaflet is loaded only then, so
//! the list never waits for it), and removed on cleanup.

mod basemap;
pub mod leaflet;
mod loader;
mod markers;

use leptos::{html::Div, prelude::*, task::spawn_local_scoped_with_cancellation};

use crate::app::app_href;
use crate::domain::Mpp;
use crate::i18n::texts;
use markers::MapLayers;

/// How the map frames its MPPs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MapMode {
    /// All of Indonesia, markers clustered (the nine new ones stay apart).
    Overview,
    /// Close on the one MPP given (the detail page).
    Single,
}

#[component]
pub fn MppMap(
    #[prop(into)] mpps: Signal<Vec<Mpp>>,
    /// Slug of the selected MPP: the map shows it and opens its popup.
    #[prop(into)]
    selected: Signal<Option<String>>,
    /// A marker was chosen.
    #[prop(optional)]
    on_select: Option<Callback<String>>,
    /// False while the map sits in a hidden tab: Leaflet waits until it shows.
    #[prop(into, default = Signal::from(true))]
    visible: Signal<bool>,
    #[prop(default = MapMode::Overview)] mode: MapMode,
) -> impl IntoView {
    let t = texts();
    let node = NodeRef::<Div>::new();
    let layers = StoredValue::new_local(None::<MapLayers>);
    let failed = RwSignal::new(false);
    let starting = StoredValue::new_local(false);
    // The load below outlives this Effect run; it belongs to the component:
    // leaving the page before Leaflet arrives cancels it (instead of letting
    // it touch signals that are gone, which would crash the app).
    let owner = Owner::current().expect("MppMap is rendered under an owner");
    let base = app_href("");

    // Create the map the first time it is mounted and visible; after that,
    // a change of visibility only needs Leaflet to measure again.
    Effect::new(move |_| {
        let (Some(element), true) = (node.get(), visible.get()) else {
            return;
        };
        if let Some(()) = layers.with_value(|l| l.as_ref().map(MapLayers::invalidate_size)) {
            return; // created already: Leaflet only needs to measure again
        }
        if starting.get_value() {
            return;
        }
        starting.set_value(true);
        let base = base.clone();
        owner.with(|| {
            spawn_local_scoped_with_cancellation(async move {
                match loader::load_leaflet().await {
                    Ok(()) => {
                        let map = MapLayers::new(&element, mode, on_select, base);
                        map.set_mpps(&mpps.get_untracked());
                        map.show(selected.get_untracked().as_deref(), false);
                        layers.set_value(Some(map));
                        failed.set(false);
                    }
                    Err(_) => failed.set(true),
                }
                starting.set_value(false);
            })
        });
    });
    // The feed changed (a retry, a fresh copy): redraw the markers.
    Effect::new(move |previous: Option<()>| {
        let mpps = mpps.get();
        if previous.is_some() {
            layers.with_value(|l| l.as_ref().map(|l| l.set_mpps(&mpps)));
        }
    });
    Effect::new(move |_| {
        let slug = selected.get();
        layers.with_value(|l| l.as_ref().map(|l| l.show(slug.as_deref(), true)));
    });
    on_cleanup(move || {
        layers.update_value(|l| {
            if let Some(l) = l.take() {
                l.remove();
            }
        })
    });

    view! {
        <div class="map-frame">
            <div node_ref=node class="map" role="region" aria-label=t.map_label></div>
            {move || failed.get().then(|| view! { <p class="notice notice-warning map-failed">{t.map_failed}</p> })}
        </div>
    }
}
