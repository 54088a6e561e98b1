use leptos::prelude::*;

use crate::i18n::{texts, tr};
use domain::{timeline::Timeline, Batch};

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 280.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 32.0;

/// The growth chart, drawn as SVG by Leptos: bars for MPPs inaugurated each
/// year, a line for the running total, and the newest batch's official
/// step (e.g. 296 → 305). The table after it carries the same numbers.
#[component]
pub fn TimelineChart(
    timeline: Timeline,
    /// The newest batch; its step is drawn where its totals are stated.
    batch: Option<Batch>,
) -> impl IntoView {
    let step_totals = batch.as_ref().and_then(|b| {
        let year = b.date.get(..4)?.parse::<u32>().ok()?;
        Some((b, year, b.total_before?, b.total_after?))
    });
    let announced_after = step_totals.map_or(0, |(_, _, _, after)| after);
    let years = timeline.years.clone();
    if years.is_empty() {
        return None;
    }
    let top_value = years
        .last()
        .map_or(0, |y| y.cumulative)
        .max(announced_after as usize)
        .max(1) as f64;
    let step = (WIDTH - LEFT - RIGHT) / years.len() as f64;
    let x = move |i: usize| LEFT + step * (i as f64 + 0.5);
    let y = move |v: f64| TOP + (HEIGHT - TOP - BOTTOM) * (1.0 - v / top_value);
    let bars = years
        .iter()
        .enumerate()
        .map(|(i, year)| {
            let bar_top = y(year.inaugurated as f64);
            view! {
                <rect class="chart-bar" x=format!("{:.1}", x(i) - step * 0.3) y=format!("{bar_top:.1}")
                    width=format!("{:.1}", step * 0.6) height=format!("{:.1}", (HEIGHT - BOTTOM - bar_top).max(0.0))/>
                <text class="chart-year" x=format!("{:.1}", x(i)) y=format!("{:.1}", HEIGHT - 10.0) text-anchor="middle">{year.year}</text>
            }
        })
        .collect_view();
    let points: Vec<String> = years
        .iter()
        .enumerate()
        .map(|(i, year)| format!("{:.1},{:.1}", x(i), y(year.cumulative as f64)))
        .collect();
    let last = years.len() - 1;
    let last_total = years[last].cumulative;
    let grid = [0.0, 0.25, 0.5, 0.75, 1.0]
        .iter()
        .map(|f| {
            let v = (top_value * f).round();
            view! {
                <line class="chart-grid" x1=LEFT x2=WIDTH - RIGHT y1=format!("{:.1}", y(v)) y2=format!("{:.1}", y(v))/>
                <text class="chart-axis" x=LEFT - 6.0 y=format!("{:.1}", y(v) + 4.0) text-anchor="end">{v as u32}</text>
            }
        })
        .collect_view();
    // The official step, at the end of its year if the chart reaches it.
    let step_mark = step_totals.and_then(|(batch, year, before, after)| {
        let i = years.iter().position(|y| y.year == year)?;
        let (from, to) = (y(f64::from(before)), y(f64::from(after)));
        let at = x(i) + step * 0.35;
        Some(view! {
            <g class="chart-step">
                <line x1=at x2=at y1=format!("{from:.1}") y2=format!("{to:.1}")/>
                <circle cx=at cy=format!("{to:.1}") r="3"/>
                <text x=at - 6.0 y=format!("{:.1}", to - 8.0) text-anchor="end">{texts().timeline_step(batch, before, after)}</text>
            </g>
        })
    });
    Some(view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="timeline-title timeline-desc" class="timeline-chart">
                <title id="timeline-title">{tr(|t| t.statistics().timeline_title)}</title>
                <desc id="timeline-desc">{tr(|t| t.statistics().timeline_desc)} " " {texts().timeline_summary(last_total, years[last].year)}</desc>
                {grid}
                {bars}
                <polyline class="chart-line" points=points.join(" ")/>
                <circle class="chart-last" cx=format!("{:.1}", x(last)) cy=format!("{:.1}", y(last_total as f64)) r="4" data-value=last_total/>
                <text class="chart-label" x=format!("{:.1}", x(last) - 8.0) y=format!("{:.1}", y(last_total as f64) + 16.0) text-anchor="end">{last_total}</text>
                {step_mark}
            </svg>
            <figcaption class="meta">{tr(|t| t.statistics().timeline_desc)}</figcaption>
        </figure>
    })
}
