use leptos::{ev, prelude::*};

use crate::browser;
use crate::components::open_day_select::OpenDaySelect;
use crate::hooks::copy_to_clipboard;
use crate::i18n::{texts, tr, Word};
use crate::pages::set_title;
use crate::state::use_feed_store;
use domain::{
    embed::{embed_shortcode, embed_snippet, embed_url, EmbedView, SnippetOptions},
    hours_calendar::{OpenAt, OpenDay},
    url_state::parse_time,
    Lang,
};

/// A province (code, name) and its regencies and cities with an MPP.
type ProvinceGroup = (String, String, Vec<(String, String)>);

on_demand!(EmbedGeneratorRoute, EmbedGeneratorPage);

/// `/sematkan`: the embed-code generator for regency web admins — choose
/// region, view, language and height, see the frame live, copy the code.
#[component]
pub fn EmbedGeneratorPage() -> impl IntoView {
    let store = use_feed_store();
    set_title(move || format!("{} — {}", texts().embed_generator().title, texts().app_name));
    let region = RwSignal::new(String::new());
    let view_mode = RwSignal::new(EmbedView::Both);
    let lang = RwSignal::new(texts().lang);
    let height = RwSignal::new(600u32);
    let auto_height = RwSignal::new(true);
    let full_width = RwSignal::new(false);
    // "Buka pada" for the frame: a day (or none), then a time of that day.
    let open_day = RwSignal::new(None::<OpenDay>);
    let open_time = RwSignal::new(None::<u32>);
    // Which code was copied last (the HTML or the shortcode), if any.
    let copied = RwSignal::new(None::<Word>);

    // Regions of the feed: each province, then its regencies and cities.
    let groups = Memo::new(move |_| {
        let mut groups: Vec<ProvinceGroup> = Vec::new();
        if let Some(feed) = store.feed.get() {
            let mut mpps: Vec<_> = feed.mpps.iter().collect();
            mpps.sort_by(|a, b| {
                (&a.province.code, &a.regency.name).cmp(&(&b.province.code, &b.regency.name))
            });
            for m in mpps {
                if groups.last().is_none_or(|g| g.0 != m.province.code) {
                    groups.push((m.province.code.clone(), m.province.name.clone(), Vec::new()));
                }
                let Some((_, _, regencies)) = groups.last_mut() else {
                    continue;
                };
                if m.regency.code != m.province.code
                    && !regencies.iter().any(|r| r.0 == m.regency.code)
                {
                    regencies.push((m.regency.code.clone(), m.regency.name.clone()));
                }
            }
        }
        groups
    });
    let options = Memo::new(move |_| {
        let code = region.get();
        let name = groups.with(|g| {
            g.iter().find_map(|(pc, pn, rs)| {
                if *pc == code {
                    Some(pn.clone())
                } else {
                    rs.iter().find(|r| r.0 == code).map(|r| r.1.clone())
                }
            })
        });
        SnippetOptions {
            region: name.map(|n| (code, n)),
            view: view_mode.get(),
            lang: lang.get(),
            height: height.get(),
            auto_height: auto_height.get(),
            full_width: full_width.get(),
            open_at: open_day.get().map(|day| OpenAt {
                day,
                time: open_time.get(),
            }),
        }
    });
    let app_root = browser::in_app("");
    let snippet = {
        let root = app_root.clone();
        Memo::new(move |_| embed_snippet(&root, &options.get()))
    };
    let shortcode = Memo::new(move |_| embed_shortcode(&options.get()));
    let preview_url = Memo::new(move |_| embed_url(&app_root, &options.get()));
    // The preview is sized by the very script a host page would use.
    Effect::new(move |_| {
        if auto_height.get() {
            add_embed_script();
        }
    });
    let copy = move |code: Memo<String>, done: Word| {
        let text = code.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = copy_to_clipboard(&text).await;
            copied.set(ok.then_some(done));
        });
    };
    let region_options = move || {
        groups
            .get()
            .into_iter()
            .map(|(code, name, regencies)| {
                let label = name.clone();
                view! {
                    <optgroup label=label>
                        <option value=code>{name}</option>
                        {regencies.into_iter().map(|(c, n)| view! { <option value=c>{n}</option> }).collect_view()}
                    </optgroup>
                }
            })
            .collect_view()
    };
    let radio = move |mode: EmbedView, label: Word| {
        view! {
            <label class="check">
                <input type="radio" name="tampilan" prop:checked=move || view_mode.get() == mode on:change=move |_| view_mode.set(mode)/>
                <span>{tr(label)}</span>
            </label>
        }
    };
    view! {
        <h1>{tr(|t| t.embed_generator().title)}</h1>
        <p>{tr(|t| t.embed_generator().intro)}</p>
        <form class="generator" on:submit=|e: ev::SubmitEvent| e.prevent_default()>
            <div class="filter-grid">
                <label>
                    <span>{tr(|t| t.embed_generator().region)}</span>
                    <select on:change=move |e| region.set(event_target_value(&e))>
                        <option value="">{tr(|t| t.embed_generator().all_regions)}</option>
                        {region_options}
                    </select>
                </label>
                <label>
                    <span>{tr(|t| t.embed_generator().language)}</span>
                    <select on:change=move |e| lang.set(Lang::parse(&event_target_value(&e)).unwrap_or_default())>
                        <option value="id" selected=texts().lang == Lang::Id>"Bahasa Indonesia"</option>
                        <option value="en" selected=texts().lang == Lang::En>"English"</option>
                    </select>
                </label>
                <label>
                    <span>{tr(|t| t.embed_generator().height)}</span>
                    <input type="number" min="200" max="4000" step="10" inputmode="numeric"
                        prop:value=move || height.get().to_string()
                        on:change=move |e| height.set(event_target_value(&e).parse().unwrap_or(600))/>
                </label>
            </div>
            <div class="filter-grid">
                <label>
                    <span>{tr(|t| t.open_at_label())}</span>
                    <OpenDaySelect chosen=open_day on_pick=Callback::new(move |day| open_day.set(day))/>
                </label>
                <label hidden=move || (open_day.get() == Some(OpenDay::Now)).then_some("")>
                    <span>{tr(|t| t.open_at_time_label())}</span>
                    <input class="open-time" type="time" step="900"
                        on:change=move |e| open_time.set(parse_time(&event_target_value(&e)))/>
                </label>
            </div>
            <fieldset class="generator-views">
                <legend>{tr(|t| t.embed_generator().view)}</legend>
                {radio(EmbedView::Both, |t| t.embed_generator().view_both)}
                {radio(EmbedView::Map, |t| t.embed_generator().view_map)}
                {radio(EmbedView::List, |t| t.embed_generator().view_list)}
            </fieldset>
            <label class="check">
                <input type="checkbox" prop:checked=move || auto_height.get() on:change=move |e| auto_height.set(event_target_checked(&e))/>
                <span>{tr(|t| t.embed_generator().auto_height)}</span>
            </label>
            <label class="check">
                <input type="checkbox" prop:checked=move || full_width.get() on:change=move |e| full_width.set(event_target_checked(&e))/>
                <span>{tr(|t| t.embed_generator().full_width)}</span>
            </label>
            <CodeToCopy id="embed-code" label=|t| t.embed_generator().code code=snippet rows=6 button=|t| t.embed_generator().copy
                on_copy=Callback::new(move |()| copy(snippet, |t| t.embed_generator().copied))/>
            <p class="meta">{tr(|t| t.embed_generator().notes)}</p>
            <h2>{tr(|t| t.embed_generator().wordpress_title)}</h2>
            <p>{tr(|t| t.embed_generator().wordpress_who)}</p>
            <CodeToCopy id="embed-shortcode" label=|t| t.embed_generator().shortcode code=shortcode rows=2 button=|t| t.embed_generator().copy_shortcode
                on_copy=Callback::new(move |()| copy(shortcode, |t| t.embed_generator().shortcode_copied))/>
            <p class="meta">{tr(|t| t.embed_generator().wordpress_plugin)}</p>
            <p class="copy-status" role="status" aria-live="polite">{move || copied.get().map(|word| word(texts()))}</p>
        </form>
        <h2>{tr(|t| t.embed_generator().preview)}</h2>
        <iframe
            class="embed-preview"
            src=move || preview_url.get()
            title=move || format!("{} — {}", texts().embed_generator().preview, options.read().region.as_ref().map_or(texts().embed_generator().all_regions.to_owned(), |r| r.1.clone()))
            height=move || height.get().to_string()
            allow="geolocation"
            data-peta-mpp
        ></iframe>
    }
}

/// A read-only box of code to paste, with its copy button.
#[component]
fn CodeToCopy(
    /// The box's id (its label points at it).
    id: &'static str,
    /// What the code is for.
    label: Word,
    /// The code, kept up to date.
    code: Memo<String>,
    /// How many lines the box shows.
    rows: u32,
    /// The copy button's text.
    button: Word,
    /// Called when the button is pressed.
    on_copy: Callback<()>,
) -> impl IntoView {
    view! {
        <label for=id class="search-label">{tr(label)}</label>
        <textarea id=id class="embed-code" readonly rows=rows prop:value=move || code.get()></textarea>
        <p class="button-row">
            <button type="button" class="button" on:click=move |_| on_copy.run(())>{tr(button)}</button>
        </p>
    }
}

/// Adds `embed.js` to this page once (it guards against a second run too).
fn add_embed_script() {
    let Some(document) = crate::browser::window().and_then(|w| w.document()) else {
        return;
    };
    if document
        .query_selector("script[data-peta-mpp-embed]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    if let (Ok(script), Some(head)) = (document.create_element("script"), document.head()) {
        let _ = script.set_attribute("src", &browser::in_app("embed.js"));
        let _ = script.set_attribute("data-peta-mpp-embed", "");
        let _ = head.append_child(&script);
    }
}
