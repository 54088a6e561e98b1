//! A wasm chunk's value — a view its code draws (the map, the filters) or
//! the functions it hands over ("open now") — asked for while it is
//! wanted. One that could not be had (the network, a new version that no
//! longer has it) is asked for again when the network is back, 15 s and
//! 60 s after failing (a 3G link can drop a request without the browser
//! ever going offline), and whenever it is wanted anew. One load runs at a
//! time (`Loading`, `Retrying`); one still running when its owner goes is
//! cancelled.

use std::{future::Future, pin::Pin, rc::Rc, time::Duration};

use leptos::{prelude::*, task::spawn_local_scoped_with_cancellation};

use crate::browser::ChunkLoadError;

/// Where a chunk's value stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChunkState {
    /// Not asked for yet (not wanted yet).
    Waiting,
    /// Asked for, the first time.
    Loading,
    /// Could not be had.
    Failed,
    /// Could not be had, and asked for again (shown as `Failed` until it
    /// is here, so a notice does not blink).
    Retrying,
    /// Here: `take` it.
    Here,
}

/// A chunk's value and where it stands.
pub struct UseChunk<T: 'static> {
    /// Where the value stands.
    pub state: ReadSignal<ChunkState>,
    value: StoredValue<Option<T>, LocalStorage>,
}

impl<T: 'static> Clone for UseChunk<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for UseChunk<T> {}

impl<T: 'static> UseChunk<T> {
    /// True while the value could not be had (tracks `state`).
    pub fn failed(&self) -> bool {
        matches!(self.state.get(), ChunkState::Failed | ChunkState::Retrying)
    }

    /// The value, handed over once (a view is not `Clone`): for the closure
    /// that shows it, which runs again only when `state` changes.
    pub fn take(&self) -> Option<T> {
        self.value.try_update_value(Option::take).flatten()
    }
}

/// A chunk's load, as `split_chunk!`'s functions give it (boxed, so the
/// code that waits for it is the same for every chunk of a kind).
pub type ChunkLoad<T> = Pin<Box<dyn Future<Output = Result<T, ChunkLoadError>>>>;

/// Asks for a chunk's value with `load` while `wanted` is true, and again
/// as the module says until it is here. `load` is called under the caller's
/// owner (what it spawns is cancelled with it).
pub fn use_chunk<T: 'static>(
    wanted: Signal<bool>,
    load: impl Fn() -> ChunkLoad<T> + 'static,
) -> UseChunk<T> {
    chunk_of(wanted, Rc::new(load))
}

/// `use_chunk` for one kind of value, whichever chunk loads it.
fn chunk_of<T: 'static>(wanted: Signal<bool>, load: Rc<dyn Fn() -> ChunkLoad<T>>) -> UseChunk<T> {
    let value = StoredValue::new_local(None::<T>);
    let state = keep_asking(
        wanted,
        Rc::new(move || {
            let loading = load();
            Box::pin(async move {
                let loaded = loading.await.ok();
                let here = loaded.is_some();
                value.try_set_value(loaded);
                here
            })
        }),
    );
    UseChunk {
        state: state.read_only(),
        value,
    }
}

/// One load: true once the value is stored.
type Load = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = bool>>>>;

/// How long after a failure the chunk is asked for again on its own (the
/// network's return and a new wish ask at once, besides).
const ASK_AGAIN_AFTER: [Duration; 2] = [Duration::from_secs(15), Duration::from_secs(60)];

/// What asks for one chunk: Copy, so a timer and a listener can hold it.
#[derive(Clone, Copy)]
struct Asker {
    wanted: Signal<bool>,
    state: RwSignal<ChunkState>,
    failures: StoredValue<usize>,
    /// The caller's owner, and how to load.
    how: StoredValue<(Option<Owner>, Load), LocalStorage>,
}

impl Asker {
    /// Starts a load if the value is wanted, missing and none is running.
    fn ask(self) {
        let state = self.state.try_get_untracked();
        let missing = matches!(state, Some(ChunkState::Waiting | ChunkState::Failed));
        let wanted = self.wanted.try_get_untracked().unwrap_or(false);
        let Some((Some(owner), load)) = self.how.try_get_value() else {
            return;
        };
        if !(missing && wanted) {
            return;
        }
        self.state.set(if state == Some(ChunkState::Waiting) {
            ChunkState::Loading
        } else {
            ChunkState::Retrying
        });
        owner.with(|| {
            let loading = load();
            spawn_local_scoped_with_cancellation(async move {
                if loading.await {
                    self.state.set(ChunkState::Here);
                    return;
                }
                self.state.set(ChunkState::Failed);
                let n = self.failures.get_value();
                self.failures.set_value(n + 1);
                if let Some(after) = ASK_AGAIN_AFTER.get(n) {
                    set_timeout(move || self.ask(), *after);
                }
            });
        });
    }
}

/// The one body behind every chunk (not generic: it is in the first
/// download once, whatever the chunks hand over).
fn keep_asking(wanted: Signal<bool>, load: Load) -> RwSignal<ChunkState> {
    let asker = Asker {
        wanted,
        state: RwSignal::new(ChunkState::Waiting),
        failures: StoredValue::new(0),
        how: StoredValue::new_local((Owner::current(), load)),
    };
    Effect::new(move |_| {
        if wanted.get() {
            asker.ask();
        }
    });
    // Not while pre-rendering: no window there (and nothing is asked).
    #[cfg(not(feature = "ssr"))]
    {
        let online = window_event_listener(leptos::ev::online, move |_| asker.ask());
        on_cleanup(move || online.remove());
    }
    asker.state
}
