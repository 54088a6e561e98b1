//! The editor for MPP staff (`/kelola/<slug>`): its form's parts, one per
//! file. They share one `Editor` in context — the draft, its issues, and
//! which messages to show — so each field needs only its id and its place
//! in the draft. Only the editor's page uses them: they live in its chunk.

use std::collections::BTreeSet;

use leptos::prelude::*;

use domain::geo::LatLon;
use domain::publisher::{Context, Draft, Issue, Problem};

pub mod address;
pub mod agencies;
pub mod contact;
pub mod exceptions;
pub mod fields;
pub mod hours;
pub mod location;
pub mod publisher;
pub mod result;
pub mod storage;
pub mod week_grid;

/// The form's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct Editor {
    pub draft: RwSignal<Draft>,
    /// Everything wrong with the draft, as it is now.
    pub issues: Memo<Vec<Issue>>,
    /// The fields left (or changed) once: their messages show. A field
    /// being typed in for the first time is not scolded.
    touched: RwSignal<BTreeSet<String>>,
    /// "Periksa dan buat berkas" was pressed: every message shows.
    pub show_all: RwSignal<bool>,
    /// The regency's seat, when the national data has it.
    pub seat: Option<LatLon>,
}

impl Editor {
    /// An editor on `draft`, checked against `today` and `seat`.
    pub fn new(draft: Draft, today: String, seat: Option<LatLon>) -> Self {
        let draft = RwSignal::new(draft);
        let issues = Memo::new(move |_| {
            draft.with(|d| {
                d.check(Context {
                    today: &today,
                    seat,
                })
            })
        });
        Self {
            draft,
            issues,
            touched: RwSignal::new(BTreeSet::new()),
            show_all: RwSignal::new(false),
            seat,
        }
    }

    pub fn touch(&self, id: &str) {
        if !self.touched.with_untracked(|t| t.contains(id)) {
            self.touched.update(|t| {
                t.insert(id.to_owned());
            });
        }
    }

    /// The problem to show beside field `id`, if any (tracked).
    pub fn shown_problem(&self, id: &str) -> Option<Problem> {
        let problem = self
            .issues
            .with(|issues| issues.iter().find(|i| i.field == id).map(|i| i.problem))?;
        (self.show_all.get() || self.touched.with(|t| t.contains(id))).then_some(problem)
    }

    /// Forgets which fields were touched (a cleared draft starts over).
    pub fn reset_messages(&self) {
        self.touched.set(BTreeSet::new());
        self.show_all.set(false);
    }
}

pub fn use_editor() -> Editor {
    expect_context::<Editor>()
}
