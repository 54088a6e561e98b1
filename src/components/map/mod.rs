//! The map: one component that owns Leaflet. Its code and Leaflet's files
//! are loaded the first time it is visible (the list never waits for them;
//! on a phone the home page's map waits for "Peta"), the map is created in
//! an Effect once its node is mounted (`live.rs`), and removed on cleanup.

mod basemap;
mod coverage;
pub mod leaflet;
mod live;
mod loader;
mod markers;
mod picker;

use std::sync::Arc;

use leptos::{html::Div, prelude::*, task::spawn_local_scoped_with_cancellation};

use crate::hooks::{use_chunk, ChunkState};
use crate::i18n::tr;
pub use coverage::CoverageMap;
use domain::{geo::LatLon, url_state::MapView, Mpp};
pub use picker::PlacePicker;

/// How the map frames its MPPs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MapMode {
    /// All of Indonesia, markers clustered (the newest batch stays apart).
    Overview,
    /// Close on the one MPP given (the detail page).
    Single,
    /// One region's MPPs (an embed): every marker clustered, the newest
    /// batch too, and wider. At a region's zoom neighbouring seats lie a
    /// few pixels apart, and overlapping markers are hard to tap (WCAG
    /// 2.5.8); a cluster holding a new MPP carries the star instead.
    Region,
}

impl MapMode {
    /// The cluster radius in pixels, on a map that clusters its markers.
    fn cluster_radius(self) -> Option<u32> {
        match self {
            MapMode::Overview => Some(50),
            // Until two 44 px icons cannot overlap, at the half zoom steps
            // shown between the whole zooms clusters are made for
            // (44 √2 / 2^-½).
            MapMode::Region => Some(90),
            MapMode::Single => None,
        }
    }

    /// Whether the newest batch stays out of clusters (so it shows at every
    /// zoom of the country's map).
    fn keeps_new_apart(self) -> bool {
        self == MapMode::Overview
    }
}

/// What the map is drawn from: `MppMap`'s props, for its code's chunk.
#[derive(Clone, Copy)]
struct MapArgs {
    mpps: Signal<Arc<[Mpp]>>,
    selected: Signal<Option<String>>,
    on_select: Option<Callback<String>>,
    visible: Signal<bool>,
    mode: MapMode,
    shown: Signal<Option<Vec<usize>>>,
    user_position: Signal<Option<LatLon>>,
    initial_view: Option<MapView>,
    on_view_change: Option<Callback<MapView>>,
    new_tab_links: bool,
}

/// The map of MPPs (the home page's, an embed's, a detail page's small
/// one). Its code and Leaflet are fetched the first time it is visible;
/// until then it is its empty box.
#[component]
pub fn MppMap(
    /// The MPPs to mark, shared with the page (never copied per read).
    #[prop(into)]
    mpps: Signal<Arc<[Mpp]>>,
    /// Slug of the selected MPP: the map shows it and opens its popup.
    #[prop(into)]
    selected: Signal<Option<String>>,
    /// A marker was chosen.
    #[prop(optional)]
    on_select: Option<Callback<String>>,
    /// False while the map sits in a hidden tab: nothing is loaded until it shows.
    #[prop(into, default = Signal::from(true))]
    visible: Signal<bool>,
    /// How the map frames its MPPs.
    #[prop(default = MapMode::Overview)]
    mode: MapMode,
    /// Indices into `mpps` to show (a search result); `None` shows all.
    #[prop(into, optional)]
    shown: Option<Signal<Option<Vec<usize>>>>,
    /// The user's own point, drawn when known.
    #[prop(into, optional)]
    user_position: Option<Signal<Option<LatLon>>>,
    /// Where to open (a shared link's view), instead of all of Indonesia.
    #[prop(optional_no_strip)]
    initial_view: Option<MapView>,
    /// The user moved or zoomed the map.
    #[prop(optional)]
    on_view_change: Option<Callback<MapView>>,
    /// Popup links open a new tab (inside another site's frame).
    #[prop(optional)]
    new_tab_links: bool,
) -> impl IntoView {
    let args = MapArgs {
        mpps,
        selected,
        on_select,
        visible,
        mode,
        shown: shown.unwrap_or_else(|| Signal::derive(|| None)),
        user_position: user_position.unwrap_or_else(|| Signal::derive(|| None)),
        initial_view,
        on_view_change,
        new_tab_links,
    };
    // Leaflet's files and the map's code come at the same time (`live.rs`
    // waits for the same load of Leaflet), under this component's owner:
    // a load still running when the page is left is cancelled with it.
    let chunk = use_chunk(visible, move || {
        spawn_local_scoped_with_cancellation(async move {
            let _ = loader::load_for(mode).await;
        });
        Box::pin(map_code::draw(args))
    });
    let is_drawn = Memo::new(move |_| chunk.state.get() == ChunkState::Here);
    move || {
        if is_drawn.get() {
            chunk.take().unwrap_or_else(|| ().into_any())
        } else {
            let failed = Signal::derive(move || chunk.failed());
            map_frame(NodeRef::new(), failed).into_any()
        }
    }
}

/// The map's box: Leaflet draws into `node`; a notice says when the map
/// cannot be shown.
fn map_frame(node: NodeRef<Div>, failed: Signal<bool>) -> impl IntoView {
    view! {
        <div class="map-frame">
            <div node_ref=node class="map" role="region" aria-label=tr(|t| t.map_label)></div>
            {move || failed.get().then(|| view! { <p class="notice notice-warning map-failed">{tr(|t| t.map_failed)}</p> })}
        </div>
    }
}

// The map's code: a chunk, so the home page's first download does not
// carry Leaflet's bindings, the markers and their popups.
split_chunk!(map_code::draw(args: MapArgs) -> AnyView {
    live::live_map(args).into_any()
});

/// Fetches the map's code ahead, for a page that shows a map as soon as it
/// draws (an MPP's, an embed): beside the page's own chunk rather than
/// after it. A failure is silent: the map tries again and says so.
pub async fn fetch_code() {
    let _ = map_code::preload().await;
}
