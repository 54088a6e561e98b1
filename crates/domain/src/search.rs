//! Instant search over the feed, Indonesian-aware: "kab", "kab." and
//! "kabupaten" are one word, province short names ("jateng", "kalsel",
//! "jogja") find their province, one typo is forgiven in words of five
//! letters or more, and an exact name ranks first.
//!
//! The index folds every text once, so a keystroke only compares short
//! words; per query word the 38 provinces and 26 service categories are
//! matched once, not once per MPP.

use crate::feed::{DetailsFile, Mpp, ServiceCategory};
use crate::text::{fold, within_one_edit, words};

/// Short names Indonesians type for provinces, by province code.
const PROVINCE_ALIASES: &[(&str, &[&str])] = &[
    ("11", &["nad"]),
    ("12", &["sumut"]),
    ("13", &["sumbar"]),
    ("15", &["jambi"]),
    ("16", &["sumsel"]),
    ("19", &["babel"]),
    ("21", &["kepri"]),
    ("31", &["dki", "jakarta", "jkt"]),
    ("32", &["jabar"]),
    ("33", &["jateng"]),
    ("34", &["diy", "jogja", "yogya", "jogjakarta", "yogyakarta"]),
    ("35", &["jatim"]),
    ("51", &["bali"]),
    ("52", &["ntb"]),
    ("53", &["ntt"]),
    ("61", &["kalbar"]),
    ("62", &["kalteng"]),
    ("63", &["kalsel"]),
    ("64", &["kaltim"]),
    ("65", &["kaltara"]),
    ("71", &["sulut"]),
    ("72", &["sulteng"]),
    ("73", &["sulsel"]),
    ("74", &["sultra"]),
    ("76", &["sulbar"]),
    ("82", &["malut"]),
    ("92", &["pabar"]),
    ("93", &["papsel"]),
    ("94", &["papteng"]),
    ("95", &["papeg"]),
    ("96", &["pbd"]),
];

/// Words that say "an MPP" and nothing about which one.
const STOPWORDS: &[&str] = &[
    "mpp",
    "mal",
    "mall",
    "pelayanan",
    "publik",
    "public",
    "service",
];
/// Words naming the kind of region: they must match, but an exact name
/// ("balangan") does not need them.
const KIND_WORDS: &[&str] = &["kabupaten", "kota", "provinsi"];

/// How a query word met a text word; lower is better.
const EXACT: u32 = 0;
const PREFIX: u32 = 1;
const TYPO: u32 = 3;
/// Added by where the word was found; lower is better.
const IN_NAME: u32 = 0;
const IN_PLACE: u32 = 2;
const IN_PROVINCE: u32 = 4;
const IN_SERVICES: u32 = 6;

struct Entry {
    name: Vec<String>,
    /// The name without "MPP" and the kind word: what "exact" compares.
    core: Vec<String>,
    /// Regency or city and the seat town.
    place: Vec<String>,
    province: usize,
    /// Bit `i` set when the MPP offers category `i`.
    services: u32,
    /// Tenants and services the details file names, once it has loaded.
    extra: Vec<String>,
}

/// The folded words of every MPP, in the feed's (list) order.
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Province codes and their words (name and short names).
    provinces: Vec<(String, Vec<String>)>,
    /// Category ids, and the words of the id and both labels.
    categories: Vec<(String, Vec<String>)>,
    /// Every word above, sorted: a query word that starts one of them is
    /// taken as typed on purpose ("jabar" is not a typo of "pabar").
    vocabulary: Vec<String>,
}

/// Where an MPP stands in a result: `exact` names first, then by score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    pub inexact: bool,
    pub score: u32,
}

/// A query folded into words, ready to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
    /// The words without kind words: compared with an MPP's core name.
    core: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Self {
        let words: Vec<String> = words(text)
            .into_iter()
            .map(|w| {
                if w == "kab" {
                    "kabupaten".to_owned()
                } else {
                    w
                }
            })
            .filter(|w| !STOPWORDS.contains(&w.as_str()))
            .collect();
        let core = words
            .iter()
            .filter(|w| !KIND_WORDS.contains(&w.as_str()))
            .cloned()
            .collect();
        Self { words, core }
    }

    /// Nothing to search for: every MPP matches.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

impl SearchIndex {
    pub fn new(mpps: &[Mpp], categories: &[ServiceCategory]) -> Self {
        let categories: Vec<(String, Vec<String>)> = categories
            .iter()
            .take(32)
            .map(|c| {
                let text = format!("{} {} {}", c.id, c.label_id, c.label_en);
                (c.id.clone(), words(&text))
            })
            .collect();
        let mut provinces: Vec<(String, Vec<String>)> = Vec::new();
        let entries = mpps
            .iter()
            .map(|mpp| {
                let code = &mpp.province.code;
                let province = match provinces.iter().position(|(c, _)| c == code) {
                    Some(i) => i,
                    None => {
                        let mut words = words(&mpp.province.name);
                        if let Some((_, aliases)) = PROVINCE_ALIASES.iter().find(|(c, _)| c == code)
                        {
                            words.extend(aliases.iter().map(|a| (*a).to_owned()));
                        }
                        provinces.push((code.clone(), words));
                        provinces.len() - 1
                    }
                };
                let name = words(&mpp.name);
                let core = name
                    .iter()
                    .filter(|w| {
                        !STOPWORDS.contains(&w.as_str()) && !KIND_WORDS.contains(&w.as_str())
                    })
                    .cloned()
                    .collect();
                let mut place = words(&mpp.regency.name);
                if let Some(seat) = mpp.location.as_ref().and_then(|l| l.place.as_deref()) {
                    place.extend(words(seat));
                }
                let services = mpp.services.iter().fold(0u32, |mask, id| {
                    match categories.iter().position(|(c, _)| c == id) {
                        Some(i) => mask | 1 << i,
                        None => mask,
                    }
                });
                Entry {
                    name,
                    core,
                    place,
                    province,
                    services,
                    extra: Vec::new(),
                }
            })
            .collect();
        let mut index = Self {
            entries,
            provinces,
            categories,
            vocabulary: Vec::new(),
        };
        index.build_vocabulary();
        index
    }

    fn build_vocabulary(&mut self) {
        let mut vocabulary: Vec<String> = self
            .entries
            .iter()
            .flat_map(|e| e.name.iter().chain(&e.place).chain(&e.extra))
            .chain(self.provinces.iter().flat_map(|(_, w)| w))
            .chain(self.categories.iter().flat_map(|(_, w)| w))
            .cloned()
            .collect();
        crate::order::sort(&mut vocabulary);
        vocabulary.dedup();
        self.vocabulary = vocabulary;
    }

    fn is_known_prefix(&self, word: &str) -> bool {
        let i = self.vocabulary.partition_point(|w| w.as_str() < word);
        self.vocabulary.get(i).is_some_and(|w| w.starts_with(word))
    }

    /// Adds the tenants and services named in the details file, so "BPJS"
    /// or "paspor" find the MPPs whose sources mention them.
    pub fn add_details(&mut self, mpps: &[Mpp], details: &DetailsFile) {
        for (entry, mpp) in self.entries.iter_mut().zip(mpps) {
            let Some(d) = details.details.get(&mpp.id) else {
                continue;
            };
            let mut extra: Vec<String> = Vec::new();
            for text in d.tenants.iter().chain(&d.services_mentioned) {
                for word in words(text) {
                    if !extra.contains(&word) {
                        extra.push(word);
                    }
                }
            }
            entry.extra = extra;
        }
        self.build_vocabulary();
    }

    /// The bit of a category id in `services`, if the feed knows it.
    pub fn category_bit(&self, id: &str) -> Option<u32> {
        self.categories
            .iter()
            .position(|(c, _)| c == id)
            .map(|i| 1 << i)
    }

    /// The category bits of MPP number `i` (0 = no service list yet).
    pub fn services_of(&self, i: usize) -> u32 {
        self.entries.get(i).map_or(0, |e| e.services)
    }

    /// The rank of every MPP the query matches, by index into the feed.
    /// Every query word must match somewhere.
    pub fn rank_all(&self, query: &Query) -> Vec<Option<Rank>> {
        let per_word: Vec<WordMatches> = query
            .words
            .iter()
            .map(|w| self.match_shared(w, !self.is_known_prefix(w)))
            .collect();
        self.entries
            .iter()
            .map(|entry| {
                let mut score = 0;
                for (word, shared) in query.words.iter().zip(&per_word) {
                    score += best_in_entry(word, entry, shared)?;
                }
                let inexact = entry.core != query.core || query.core.is_empty();
                Some(Rank { inexact, score })
            })
            .collect()
    }

    /// How one query word meets each province and category.
    fn match_shared(&self, word: &str, typos: bool) -> WordMatches {
        let provinces = self
            .provinces
            .iter()
            .map(|(_, words)| best_word(word, words, typos))
            .collect();
        let mut services = [0u32; 3];
        for (i, (_, words)) in self.categories.iter().enumerate() {
            match best_word(word, words, typos) {
                Some(EXACT) => services[0] |= 1 << i,
                Some(PREFIX) => services[1] |= 1 << i,
                Some(_) => services[2] |= 1 << i,
                None => {}
            }
        }
        WordMatches {
            provinces,
            services,
            typos,
        }
    }
}

struct WordMatches {
    provinces: Vec<Option<u32>>,
    /// Category bits matched exactly, by prefix, with a typo.
    services: [u32; 3],
    /// Whether the word may be a typo (no known word starts with it).
    typos: bool,
}

fn best_in_entry(word: &str, entry: &Entry, shared: &WordMatches) -> Option<u32> {
    let service = [EXACT, PREFIX, TYPO]
        .iter()
        .zip(shared.services)
        .find(|(_, bits)| entry.services & bits != 0)
        .map(|(penalty, _)| *penalty);
    [
        best_word(word, &entry.name, shared.typos).map(|p| p + IN_NAME),
        best_word(word, &entry.place, shared.typos).map(|p| p + IN_PLACE),
        shared.provinces[entry.province].map(|p| p + IN_PROVINCE),
        service.map(|p| p + IN_SERVICES),
        best_word(word, &entry.extra, shared.typos).map(|p| p + IN_SERVICES),
    ]
    .into_iter()
    .flatten()
    .min()
}

/// The best way `query` meets any of `words`.
fn best_word(query: &str, words: &[String], typos: bool) -> Option<u32> {
    let mut best = None;
    for word in words {
        let penalty = if word == query {
            return Some(EXACT);
        } else if word.starts_with(query) {
            PREFIX
        } else if typos && is_typo_of(query, word) {
            TYPO
        } else {
            continue;
        };
        best = Some(best.map_or(penalty, |b: u32| b.min(penalty)));
    }
    best
}

/// One typo forgiven in query words of five letters or more, also while
/// the word is still being typed ("balangn", "kalimantn").
fn is_typo_of(query: &str, word: &str) -> bool {
    let n = query.len();
    if n < 5 || word.len() < 4 {
        return false;
    }
    within_one_edit(query, word)
        || [n - 1, n, n + 1]
            .into_iter()
            .filter(|&len| len < word.len())
            .filter_map(|len| word.get(..len))
            .any(|prefix| within_one_edit(query, prefix))
}

/// Folds a query for display-independent comparison (exposed for tests).
pub fn normalise(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}
