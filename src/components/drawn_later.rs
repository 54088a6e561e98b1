use leptos::prelude::*;

/// Draws its children in a task after the one that draws the page around
/// them: for what lies below the fold, so it does not lengthen the task a
/// reader waits on (issue 24, point 6: no long tasks while a page starts).
/// A pre-rendered page stays on screen until they are drawn too
/// (`PageReady::pending`), so nothing appears late. A timer, not the next
/// frame: a frame never comes in a tab or frame out of sight. Pre-rendering
/// draws them at once.
#[component]
pub fn DrawnLater(
    /// What to draw a task later.
    children: ChildrenFn,
) -> impl IntoView {
    let drawn = RwSignal::new(cfg!(feature = "ssr"));
    #[cfg(not(feature = "ssr"))]
    draw_in_next_task(drawn);
    move || drawn.get().then(|| children())
}

#[cfg(not(feature = "ssr"))]
fn draw_in_next_task(drawn: RwSignal<bool>) {
    use std::time::Duration;

    let pending = use_context::<crate::hooks::PageReady>().map(|ready| ready.pending);
    if let Some(pending) = pending {
        pending.update(|n| *n += 1);
    }
    set_timeout(
        move || {
            // Gone already (the reader left the page): nothing to draw.
            drawn.try_set(true);
            // Drawn once this task's effects have run: counted a task later.
            if let Some(pending) = pending {
                set_timeout(move || pending.update(|n| *n -= 1), Duration::ZERO);
            }
        },
        Duration::ZERO,
    );
}
