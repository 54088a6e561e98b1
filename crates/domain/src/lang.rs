//! The app's two languages. Bahasa Indonesia is the default.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// The BCP 47 code, as used in `?lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// `id`/`en` (any case, region subtags ignored: `en-GB` is English).
    pub fn parse(text: &str) -> Option<Lang> {
        let primary = text.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}
