use leptos::prelude::*;

use crate::i18n::{texts, tr, Word};
use domain::coverage::{total, ProvinceCoverage};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum SortKey {
    Name,
    Total,
    Listed,
    Share,
}

/// Coverage by province as a table a keyboard and a screen reader can sort.
#[component]
pub fn CoverageTable(#[prop(into)] provinces: Signal<Vec<ProvinceCoverage>>) -> impl IntoView {
    let sort = RwSignal::new((SortKey::Name, true));
    let rows = move || {
        let (key, ascending) = sort.get();
        let mut rows = provinces.get();
        rows.sort_by(|a, b| {
            let order = match key {
                SortKey::Name => a.name.cmp(&b.name),
                SortKey::Total => a.total.cmp(&b.total),
                SortKey::Listed => a.listed.cmp(&b.listed),
                SortKey::Share => a.share().total_cmp(&b.share()),
            }
            .then_with(|| a.code.cmp(&b.code));
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
        rows.into_iter()
            .map(|p| view! { <CoverageRow p/> })
            .collect_view()
    };
    let header = move |key: SortKey, label: Word| {
        let aria_sort = move || match sort.get() {
            (k, true) if k == key => "ascending",
            (k, false) if k == key => "descending",
            _ => "none",
        };
        let toggle = move |_| {
            sort.update(|(k, asc)| {
                if *k == key {
                    *asc = !*asc;
                } else {
                    *k = key;
                    *asc = key == SortKey::Name;
                }
            })
        };
        // Pre-rendered, a heading without a button: read without
        // JavaScript, a button would do nothing.
        if cfg!(feature = "ssr") {
            return view! { <th scope="col" aria-sort=aria_sort>{tr(label)}</th> }.into_any();
        }
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button type="button" class="sort-button" on:click=toggle aria-label=move || format!("{} — {}", label(texts()), texts().sort_by)>
                    {tr(label)}
                    <span aria-hidden="true">{move || match aria_sort() { "ascending" => " ▲", "descending" => " ▼", _ => " ↕" }}</span>
                </button>
            </th>
        }
        .into_any()
    };
    let sum = move || {
        let s = total(&provinces.get());
        view! { <CoverageRow p=s footer=true/> }
    };
    view! {
        <div class="table-scroll">
            <table class="coverage-table">
                <caption class="visually-hidden">{tr(|t| t.statistics().coverage_title)}</caption>
                <thead>
                    <tr>
                        {header(SortKey::Name, |t| t.statistics().col_province)}
                        {header(SortKey::Total, |t| t.statistics().col_total)}
                        {header(SortKey::Listed, |t| t.statistics().col_listed)}
                        {short_header(|t| t.statistics().col_unconfirmed_short, |t| t.statistics().col_unconfirmed)}
                        {short_header(|t| t.statistics().col_province_level_short, |t| t.statistics().col_province_level)}
                        {short_header(|t| t.statistics().col_none_short, |t| t.statistics().col_none)}
                        <th scope="col">{tr(|t| t.statistics().col_no_evidence)}</th>
                        {header(SortKey::Share, |t| t.col_share)}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>{sum}</tfoot>
            </table>
        </div>
    }
}

/// A column header short enough for 360 px: the short form is what is
/// seen (full name as its title), the full name is what is read out.
fn short_header(short: Word, full: Word) -> impl IntoView {
    view! {
        <th scope="col">
            <abbr title=tr(full) aria-hidden="true">{tr(short)}</abbr>
            <span class="visually-hidden">{tr(full)}</span>
        </th>
    }
}

#[component]
fn CoverageRow(p: ProvinceCoverage, #[prop(optional)] footer: bool) -> impl IntoView {
    let share = format!("{:.0} %", p.share() * 100.0);
    let name = if footer {
        "Indonesia".to_owned()
    } else {
        p.name.clone()
    };
    view! {
        <tr data-code=p.code.clone()>
            <th scope="row">{name}</th>
            <td class="num" data-col="total">{p.total}</td>
            <td class="num" data-col="listed">{p.listed}</td>
            <td class="num" data-col="unconfirmed">{p.unconfirmed}</td>
            <td class="num" data-col="province-level">{p.province_level}</td>
            <td class="num" data-col="none">{p.none_reported}</td>
            <td class="num" data-col="no-evidence">{p.no_evidence}</td>
            <td class="num" data-col="share">{share}</td>
        </tr>
    }
}
