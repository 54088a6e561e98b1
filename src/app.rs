use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes, A},
    path,
};

use crate::browser;
use crate::components::{
    drawn_later::DrawnLater, feed_status::FeedStatus, language_switch::LanguageSwitch,
    route_progress::RouteProgress, site_footer::SiteFooter, update_prompt::UpdatePrompt,
};
use crate::hooks::{
    use_clock, use_full_load_after_update, use_geolocation, use_hours_code, use_language,
    use_service_worker, UseLanguage,
};
use crate::i18n::{self, tr};
use crate::pages::{
    self,
    home::{AllMppsPage, HomePage},
    not_found::NotFoundPage,
};
use crate::routing::{app_href, BasePath, Navigating};
use crate::state::FeedStore;

/// The whole app: state in context, then the router. The router's base
/// follows the `<base href>` Trunk writes, so a build made with
/// `--public-url /peta-mpp/` works under that sub-path unchanged.
#[component]
pub fn App() -> impl IntoView {
    let store = FeedStore::new();
    provide_app_state(store);
    store.load();
    let worker = use_service_worker();
    use_full_load_after_update(worker.version_changed);
    provide_context(worker);
    view! { <Shell base=browser::base_path()/> }
}

/// The state every page may use, in context. App-wide, so it outlives a
/// page: the position found on the home page still sorts the list after a
/// visit to a detail page.
pub fn provide_app_state(store: FeedStore) {
    provide_context(store);
    provide_context(use_geolocation());
    provide_context(use_clock());
    provide_context(use_hours_code());
    let language = use_language();
    i18n::provide_language(language.lang);
    provide_context(language);
}

/// Fetches in the background what a reader opens next from any page: the
/// detail page's code, the details' parser and the sharing code (wasm
/// chunks). True once all are here. Not asked for on a page whose links all
/// open in a new tab (the embed, `PageReady::links_leave`): that tab fetches
/// its own; in the frame they were downloads and compiling for nothing.
pub async fn fetch_ahead() -> bool {
    let page = pages::detail::chunk::preload().await.is_ok();
    let parser = crate::feed_client::preload_details_parser().await;
    let share = crate::hooks::preload_share().await;
    page && parser && share
}

/// Tells the document the language in context (`<html lang>`), now and on
/// every switch, so screen readers speak the page in it.
pub fn follow_document_language() {
    Effect::new(move |_| browser::set_document_language(i18n::current_language().code()));
}

/// A route's view: in the browser its page is loaded on demand (`Lazy`, its
/// own wasm chunk); rendered natively for pre-rendering it is the page
/// itself, drawn at once (a lazy view would render as nothing).
#[cfg(not(feature = "ssr"))]
macro_rules! page {
    ($module:ident, $page:ident, $route:ident) => {
        leptos_router::Lazy::<pages::$module::$route>::new()
    };
}
#[cfg(feature = "ssr")]
macro_rules! page {
    ($module:ident, $page:ident, $route:ident) => {
        pages::$module::$page
    };
}

/// The site's chrome around its pages, drawn in the browser in a task after
/// the one the app starts in (a route's `preload` runs before its view is
/// drawn, and this one waits for a timer): at start, setting the app up and
/// drawing the page are two tasks a tap can come between on a slow phone,
/// not one of ~180 ms at 4x CPU (issue 24, point 6). One lazy route for all
/// pages: each `Lazy` type instantiates the router's generic code anew.
#[cfg(not(feature = "ssr"))]
struct SiteLayout;

#[cfg(not(feature = "ssr"))]
impl leptos_router::LazyRoute for SiteLayout {
    fn data() -> Self {
        Self
    }

    async fn view(_this: Self) -> AnyView {
        site_chrome().into_any()
    }

    async fn preload() {
        browser::sleep(0).await;
    }
}

#[cfg(not(feature = "ssr"))]
macro_rules! site_layout {
    () => {
        leptos_router::Lazy::<SiteLayout>::new()
    };
}
#[cfg(feature = "ssr")]
macro_rules! site_layout {
    () => {
        site_chrome
    };
}

/// Every page but the embed's, inside the site's chrome.
fn site_chrome() -> impl IntoView {
    view! { <MainLayout><Outlet/></MainLayout> }
}

/// The router around a store already in context. A change of language
/// changes the words where they are shown (`texts()` follows the language
/// in context): the pages, the map and the scroll stay. `/embed` has no
/// site chrome: it lives in other sites.
#[component]
pub fn Shell(base: String) -> impl IntoView {
    provide_context(BasePath(base.clone()));
    let (navigating, set_navigating) = signal(false);
    provide_context(Navigating(navigating));
    follow_document_language();
    view! {
        <Router base set_is_routing=set_navigating>
            <Routes fallback=|| view! { <MainLayout><NotFoundPage/></MainLayout> }>
                <Route path=path!("/embed") view={page!(embed, EmbedPage, EmbedRoute)}/>
                // A region's pre-rendered page (a second route costs the main wasm
                // less than an optional segment: 167 against 417 bytes brotli).
                <Route path=path!("/embed/:wilayah") view={page!(embed, EmbedPage, EmbedRoute)}/>
                <ParentRoute path=path!("") view={site_layout!()}>
                    <Route path=path!("") view=HomePage/>
                    <Route path=path!("semua") view=AllMppsPage/>
                    <Route path=path!("mpp/:slug") view={page!(detail, DetailPage, DetailRoute)}/>
                    <Route path=path!("sematkan") view={page!(embed_generator, EmbedGeneratorPage, EmbedGeneratorRoute)}/>
                    <Route path=path!("statistik") view={page!(statistics, StatisticsPage, StatisticsRoute)}/>
                    <Route path=path!("tentang") view={page!(about, AboutPage, AboutRoute)}/>
                    <Route path=path!("inovasi") view={page!(innovations, InnovationsPage, InnovationsRoute)}/>
                    <Route path=path!("kelola/:slug") view={page!(manage, ManagePage, ManageRoute)}/>
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The site's chrome: skip link, header, update prompt, the data's status,
/// and the footer around a page.
#[component]
fn MainLayout(children: Children) -> impl IntoView {
    let language = use_context::<UseLanguage>();
    view! {
        <a class="skip-link" href="#main">{tr(|t| t.skip_link)}</a>
        <header class="site-header">
            <A href=app_href("/") attr:class="brand">{tr(|t| t.app_name)}</A>
            {language.map(|_| view! { <LanguageSwitch/> })}
        </header>
        <RouteProgress/>
        <UpdatePrompt/>
        <main id="main">
            <FeedStatus/>
            {children()}
        </main>
        // Below every page: drawn a task after the page.
        <DrawnLater><SiteFooter/></DrawnLater>
    }
}
