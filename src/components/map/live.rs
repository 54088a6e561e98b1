//! The map itself, once its code has arrived (a chunk of its own in the
//! browser build, see `MppMap`): Leaflet is loaded when the map is mounted
//! and visible, the map is created in an Effect on its node, follows the
//! page's signals, and is removed on cleanup.

use leptos::{html::Div, prelude::*, task::spawn_local_scoped_with_cancellation};

use super::markers::{self, MapLayers};
use super::{loader, map_frame, MapArgs};
use crate::i18n::current_language;
use crate::routing::app_href;

/// How long typing must pause before the map follows the list.
const MAP_FOLLOWS_AFTER: std::time::Duration = std::time::Duration::from_millis(500);

/// The map, drawn from the page's signals.
pub(super) fn live_map(args: MapArgs) -> impl IntoView {
    let MapArgs {
        mpps,
        selected,
        on_select,
        visible,
        mode,
        shown,
        user_position,
        initial_view,
        on_view_change,
        new_tab_links,
    } = args;
    let view_handler = StoredValue::new_local(None::<markers::Handler>);
    let node = NodeRef::<Div>::new();
    let layers = StoredValue::new_local(None::<MapLayers>);
    let failed = RwSignal::new(false);
    let starting = StoredValue::new_local(false);
    // The load below outlives this Effect run; it belongs to the component:
    // leaving the page before Leaflet arrives cancels it (instead of letting
    // it touch signals that are gone, which would crash the app).
    let owner = Owner::current();
    let base = app_href("");

    // Create the map the first time it is mounted and visible; after that,
    // a change of visibility only needs Leaflet to measure again.
    Effect::new(move |_| {
        let (Some(element), true, Some(owner)) = (node.get(), visible.get(), owner.as_ref()) else {
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
                match loader::load_for(mode).await {
                    Ok(()) => {
                        // Kept at once, so leaving the page from here on
                        // removes it (see on_cleanup).
                        layers.set_value(Some(MapLayers::new(
                            &element,
                            mode,
                            on_select,
                            base,
                            new_tab_links,
                        )));
                        failed.set(false);
                        // Framed in the next task: creating the map and
                        // fitting its view (Leaflet measures the page) were
                        // one 50–100 ms task at 4× CPU. A map without a view
                        // meanwhile shows nothing and takes no input.
                        crate::browser::sleep(0).await;
                        // The view first, then the markers, shown once: the
                        // clusters are made for the zoom they are seen at.
                        layers.with_value(|map| {
                            let Some(map) = map else { return };
                            match (initial_view, shown.get_untracked()) {
                                (Some(view), _) => map.set_view(view),
                                (None, Some(subset)) => map.frame(&mpps.get_untracked(), &subset),
                                (None, None) => {}
                            }
                        });
                        // The markers, then the tiles, each in a task of its
                        // own: made in one, the map held the page for 150–350
                        // ms at 4× CPU, answering no tap or key meanwhile.
                        crate::browser::sleep(0).await;
                        layers.with_value(|map| {
                            let Some(map) = map else { return };
                            map.set_mpps(mpps.get_untracked(), shown.get_untracked().as_deref());
                            // A selection wins over the view: its popup opens.
                            map.show(selected.get_untracked().as_deref(), false);
                            if let Some(position) = user_position.get_untracked() {
                                map.set_user_position(Some(position));
                            }
                            if let Some(on_change) = on_view_change {
                                view_handler.set_value(Some(map.on_view_change(on_change)));
                            }
                        });
                        crate::browser::sleep(0).await;
                        layers.with_value(|map| map.as_ref().map(MapLayers::add_basemap));
                    }
                    Err(_) => failed.set(true),
                }
                starting.set_value(false);
            })
        });
    });
    // The feed changed (a retry, a fresh copy): redraw the markers.
    Effect::watch(
        move || mpps.get(),
        move |mpps, _, _| {
            layers.with_value(|l| {
                l.as_ref().map(|l| {
                    l.set_mpps(mpps.clone(), shown.get_untracked().as_deref());
                })
            });
        },
        false,
    );
    // A new search result: show its markers and frame them — once typing
    // pauses. The list answers every keystroke; re-clustering hundreds of
    // markers (50-100 ms on a cheap phone) must not land between two
    // keystrokes, so every keystroke (any `input` on the page) puts a
    // waiting update back, even one that leaves the result as it was.
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let waiting = StoredValue::new_local(None::<Option<Vec<usize>>>);
    let follow_later = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let apply = move || {
            let Some(subset) = waiting.try_update_value(Option::take).flatten() else {
                return;
            };
            let Some(indices) = subset else {
                // All of them (no filter): the view stays where it is.
                layers.try_with_value(|l| l.as_ref().map(|l| l.show_only(None)));
                return;
            };
            let cleared = layers.try_with_value(|l| l.as_ref()?.clear_and_frame(&indices));
            if let Some(cleared) = cleared.flatten() {
                // The result's markers in a task of their own, after the view's.
                set_timeout(
                    move || {
                        layers.try_with_value(|l| l.as_ref().map(|l| l.add_framed(cleared)));
                    },
                    std::time::Duration::ZERO,
                );
            }
        };
        pending.set_value(set_timeout_with_handle(apply, MAP_FOLLOWS_AFTER).ok());
    };
    Effect::watch(
        move || shown.get(),
        move |subset, _, _| {
            waiting.set_value(Some(subset.clone()));
            follow_later();
        },
        false,
    );
    let typing = window_event_listener(leptos::ev::input, move |_| {
        if waiting.try_with_value(Option::is_some) == Some(true) {
            follow_later();
        }
    });
    Effect::new(move |_| {
        let slug = selected.get();
        layers.with_value(|l| l.as_ref().map(|l| l.show(slug.as_deref(), true)));
    });
    Effect::watch(
        move || user_position.get(),
        move |position, _, _| {
            layers.with_value(|l| l.as_ref().map(|l| l.set_user_position(*position)));
        },
        false,
    );
    // A language switch: the markers are made again, named and labelled
    // in the new language (the map and its view stay; an open popup opens
    // again, built in the new words, as `set_mpps` keeps it).
    Effect::watch(
        current_language,
        move |_, _, _| {
            layers.with_value(|l| {
                l.as_ref().map(|l| {
                    l.relabel_user_position();
                    l.set_mpps(mpps.get_untracked(), shown.get_untracked().as_deref());
                })
            });
        },
        false,
    );
    on_cleanup(move || {
        typing.remove();
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        layers.update_value(|l| {
            if let Some(l) = l.take() {
                l.remove();
            }
        })
    });

    map_frame(node, failed.into())
}
