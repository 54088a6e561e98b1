//! The words of `/tentang`'s "how to cite" line, one `match` per language.
//! The data set's title is a proper name and stays as the feed gives it.

use domain::{Citation, Lang};

use super::Texts;

impl Texts {
    pub fn cite_title(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Cara mengutip",
            Lang::En => "How to cite",
        }
    }

    /// What the line is for, before the line itself.
    pub fn cite_intro(&self) -> &'static str {
        match self.lang {
            Lang::Id => "Jika memakai data ini, sebutkan sumbernya, misalnya:",
            Lang::En => "If you use this data, please credit it, for example:",
        }
    }

    /// The citation without its licence link and address, which the page
    /// adds as links.
    pub fn cite_line(&self, c: &Citation) -> String {
        let (title, publisher, version) = (&c.title, &c.publisher, &c.version);
        let date = self.date(&c.date);
        match self.lang {
            Lang::Id => {
                format!("{publisher}. “{title}”, data versi {version}, per {date}. Lisensi")
            }
            Lang::En => {
                format!("{publisher}. “{title}”, data version {version}, as of {date}. Licence")
            }
        }
    }
}
