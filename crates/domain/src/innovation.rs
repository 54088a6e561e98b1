//! The OPSI KIPP 2025 awards (Outstanding Public Service Innovations of the
//! Kompetisi Inovasi Pelayanan Publik), given on 15 December 2025 at the
//! event where nine MPPs opened: `kipp2025.json`, written by the feed
//! builder from `data/kipp2025.json`. The sources name only some of the
//! winners, so the file says how many were awarded and lists only the ones
//! found, each with how firmly its institution is known.

use serde::{Deserialize, Serialize};

/// `kipp2025.json`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct InnovationsFile {
    pub schema_version: String,
    pub meta: InnovationsMeta,
    /// The winners the sources name, in the data's order.
    pub innovations: Vec<Innovation>,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct InnovationsMeta {
    /// The day of the award (YYYY-MM-DD).
    pub awarded: String,
    /// How many innovations won, as the sources state it.
    pub total_awarded: u32,
    /// Where that total comes from.
    pub sources: Vec<String>,
}

/// One winning innovation, as far as the sources name it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Innovation {
    /// Stable id: the slug of its name (also the anchor on the page).
    pub id: String,
    pub name: String,
    /// The awarded institution (or, for a candidate, the likely one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution_kind: Option<InstitutionKind>,
    /// How firmly the sources tie the award to `institution`.
    pub basis: InstitutionBasis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<Place>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regency: Option<Place>,
    /// `umum` or `replikasi`, where a source states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<AwardGroup>,
    /// The competition's category, where a source states it (Indonesian).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// What it does, in the sources' words (Indonesian).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Never empty: a winner no page names is not listed.
    pub sources: Vec<Source>,
    /// Slugs of the feed's MPPs in the awarded regency or city.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mpps: Vec<String>,
}

impl Innovation {
    /// Whether the innovation lies in province `code` (a candidate's
    /// province counts: it is shown as a candidate, not hidden).
    pub fn in_province(&self, code: &str) -> bool {
        self.province.as_ref().is_some_and(|p| p.code == code)
    }
}

/// A province, or a regency or city, by its BPS/Kemendagri code.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub code: String,
    pub name: String,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionKind {
    /// A ministry or national agency.
    Ministry,
    /// A provincial government (or its hospital, agency …).
    Province,
    /// A regency government (or its puskesmas, agency …).
    Regency,
    /// A city government.
    City,
    /// A regional enterprise (BUMD) of the regency or city.
    RegionalEnterprise,
}

impl InstitutionKind {
    /// Whether the award goes to the regency or city itself (its
    /// government or its enterprise), so its MPP may mention it.
    pub fn is_local(self) -> bool {
        matches!(self, Self::Regency | Self::City | Self::RegionalEnterprise)
    }
}

/// How firmly the sources tie the award to its institution. Every listed
/// innovation is an OPSI KIPP 2025 winner by its sources; this is only
/// about who won it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum InstitutionBasis {
    /// News of the award (or a PANRB page on the innovation) names it.
    Confirmed,
    /// Pages that do not mention the award name an innovation of exactly
    /// this name, of this institution.
    NameMatch,
    /// A likely institution, not confirmed by any page.
    Candidate,
    /// No page names the institution.
    Unknown,
}

impl InstitutionBasis {
    /// Firm enough to say on the regency's MPP page.
    pub fn is_firm(self) -> bool {
        matches!(self, Self::Confirmed | Self::NameMatch)
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum AwardGroup {
    /// Kelompok umum.
    Umum,
    /// Kelompok replikasi.
    Replikasi,
}

/// A page that names the innovation, and its date where known.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Source {
    pub url: String,
    /// A partial date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

impl Source {
    /// The site the page is on ("menpan.go.id"), to name it in a list.
    pub fn site(&self) -> &str {
        site_of(&self.url)
    }
}

/// The site a URL is on, without `www.`: how a list names a source.
pub fn site_of(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

impl InnovationsFile {
    /// Winners no available source names.
    pub fn not_found(&self) -> u32 {
        self.meta
            .total_awarded
            .saturating_sub(self.innovations.len() as u32)
    }

    /// The provinces of the listed innovations with how many each has,
    /// by name.
    pub fn provinces(&self) -> Vec<(Place, usize)> {
        let mut counts: Vec<(Place, usize)> = Vec::new();
        for place in self.innovations.iter().filter_map(|i| i.province.as_ref()) {
            match counts.iter_mut().find(|(p, _)| p == place) {
                Some((_, n)) => *n += 1,
                None => counts.push((place.clone(), 1)),
            }
        }
        counts.sort_by(|a, b| a.0.name.cmp(&b.0.name));
        counts
    }

    /// The awards an MPP's page names: those whose winner is the regency
    /// or city of the MPP `slug`, firmly placed (the builder lists them).
    pub fn won_at<'a>(&'a self, slug: &'a str) -> impl Iterator<Item = &'a Innovation> {
        self.innovations
            .iter()
            .filter(move |i| i.mpps.iter().any(|m| m == slug))
    }

    /// The innovations in province `code`, or all of them.
    pub fn in_province<'a>(
        &'a self,
        code: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Innovation> {
        self.innovations
            .iter()
            .filter(move |i| code.is_none_or(|c| i.in_province(c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn innovation(id: &str, province: Option<(&str, &str)>) -> Innovation {
        Innovation {
            id: id.into(),
            name: id.into(),
            institution: None,
            institution_kind: None,
            basis: InstitutionBasis::Unknown,
            province: province.map(|(code, name)| Place {
                code: code.into(),
                name: name.into(),
            }),
            regency: None,
            group: None,
            category: None,
            description: None,
            sources: vec![Source {
                url: "https://example.org".into(),
                date: None,
            }],
            mpps: vec![],
        }
    }

    fn file() -> InnovationsFile {
        InnovationsFile {
            schema_version: "1.0".into(),
            meta: InnovationsMeta {
                awarded: "2025-12-15".into(),
                total_awarded: 28,
                sources: vec![],
            },
            innovations: vec![
                innovation("a", Some(("35", "Jawa Timur"))),
                innovation("b", Some(("33", "Jawa Tengah"))),
                innovation("c", Some(("35", "Jawa Timur"))),
                innovation("d", None),
            ],
        }
    }

    #[test]
    fn names_a_source_by_its_site() {
        let site = |url: &str| {
            Source {
                url: url.into(),
                date: None,
            }
            .site()
            .to_owned()
        };
        assert_eq!(site("https://www.menpan.go.id/site/berita"), "menpan.go.id");
        assert_eq!(
            site("https://kominfo.magetan.go.id/?p=57235"),
            "kominfo.magetan.go.id"
        );
        assert_eq!(site("http://example.org"), "example.org");
    }

    #[test]
    fn counts_the_winners_no_source_names() {
        assert_eq!(file().not_found(), 24);
        let mut more = file();
        more.meta.total_awarded = 2;
        assert_eq!(more.not_found(), 0, "never below zero");
    }

    #[test]
    fn provinces_by_name_with_counts() {
        let names: Vec<(String, usize)> = file()
            .provinces()
            .into_iter()
            .map(|(p, n)| (p.name, n))
            .collect();
        assert_eq!(
            names,
            [("Jawa Tengah".to_owned(), 1), ("Jawa Timur".to_owned(), 2)]
        );
    }

    #[test]
    fn an_mpp_page_names_the_awards_tied_to_it() {
        let mut f = file();
        f.innovations[1].mpps = vec!["kabupaten-bintan".into()];
        let ids = |slug| f.won_at(slug).map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids("kabupaten-bintan"), ["b"]);
        assert!(ids("kabupaten-buol").is_empty());
    }

    #[test]
    fn filters_by_province_and_keeps_all_without_one() {
        let f = file();
        let ids = |code| {
            f.in_province(code)
                .map(|i| i.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Some("35")), ["a", "c"]);
        assert_eq!(ids(None), ["a", "b", "c", "d"]);
        assert!(ids(Some("99")).is_empty());
    }
}
