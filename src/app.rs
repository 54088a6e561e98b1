use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, ParentRoute, Route, Router, Routes, A},
    path,
};

use crate::browser;
use crate::components::{
    feed_status::FeedStatus, language_switch::LanguageSwitch, site_footer::SiteFooter,
    update_prompt::UpdatePrompt,
};
use crate::hooks::{use_clock, use_geolocation, use_language, use_service_worker, UseLanguage};
use crate::i18n::{self, texts};
use crate::pages::{
    about::AboutPage, detail::DetailPage, embed::EmbedPage, embed_generator::EmbedGeneratorPage,
    home::HomePage, not_found::NotFoundPage, statistics::StatisticsPage,
};
use crate::routing::{app_href, BasePath};
use crate::state::FeedStore;
use domain::Lang;

/// The whole app: state in context, then the router. The router's base
/// follows the `<base href>` Trunk writes, so a build made with
/// `--public-url /peta-mpp/` works under that sub-path unchanged.
#[component]
pub fn App() -> impl IntoView {
    let store = FeedStore::new();
    provide_app_state(store);
    store.load();
    provide_context(use_service_worker());
    view! { <Shell base=browser::base_path()/> }
}

/// The state every page may use, in context. App-wide, so it outlives a
/// page: the position found on the home page still sorts the list after a
/// visit to a detail page.
pub fn provide_app_state(store: FeedStore) {
    provide_context(store);
    provide_context(use_geolocation());
    provide_context(use_clock());
    provide_context(use_language());
}

/// Renders from now on in `lang`, and tells the document (`<html lang>`).
pub fn apply_language(lang: Lang) {
    i18n::set_language(lang);
    browser::set_document_language(lang.code());
}

/// The router around a store already in context. A change of language
/// renders the pages again, in the new language (the router, the store and
/// the URL stay). `/embed` has no site chrome: it lives in other sites.
#[component]
pub fn Shell(base: String) -> impl IntoView {
    provide_context(BasePath(base.clone()));
    let language = use_context::<UseLanguage>();
    view! {
        <Router base>
            {move || {
                if let Some(language) = language {
                    apply_language(language.lang.get());
                }
                view! {
                    <Routes fallback=|| view! { <MainLayout><NotFoundPage/></MainLayout> }>
                        <Route path=path!("/embed") view=EmbedPage/>
                        <ParentRoute path=path!("") view=|| view! { <MainLayout><Outlet/></MainLayout> }>
                            <Route path=path!("") view=HomePage/>
                            <Route path=path!("mpp/:slug") view=DetailPage/>
                            <Route path=path!("sematkan") view=EmbedGeneratorPage/>
                            <Route path=path!("statistik") view=StatisticsPage/>
                            <Route path=path!("tentang") view=AboutPage/>
                        </ParentRoute>
                    </Routes>
                }
            }}
        </Router>
    }
}

/// The site's chrome: skip link, header, update prompt, the data's status,
/// and the footer around a page.
#[component]
fn MainLayout(children: Children) -> impl IntoView {
    let t = texts();
    let language = use_context::<UseLanguage>();
    view! {
        <a class="skip-link" href="#main">{t.skip_link}</a>
        <header class="site-header">
            <A href=app_href("/") attr:class="brand">{t.app_name}</A>
            {language.map(|_| view! { <LanguageSwitch/> })}
        </header>
        <UpdatePrompt/>
        <main id="main">
            <FeedStatus/>
            {children()}
        </main>
        <SiteFooter/>
    }
}
