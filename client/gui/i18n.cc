#include "i18n.h"

#include <wx/filename.h>
#include <wx/stdpaths.h>
#include <wx/translation.h>
#include <wx/uilocale.h>

namespace vaktbro::gui {

void SetUpTranslations(const wxString& language) {
  wxUILocale::UseDefault();
  // Next to a build-tree executable first, then an installed one.
  const wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
      exe.GetPath() + wxFILE_SEP_PATH + "locale");
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(
      exe.GetPath() + wxFILE_SEP_PATH + ".." + wxFILE_SEP_PATH + "share" +
      wxFILE_SEP_PATH + "locale");

  auto* translations = new wxTranslations();
  if (language.empty()) {
    // Bokmål for every Norwegian locale (nb, nn, no), English otherwise.
    const int system = wxUILocale::GetSystemLanguage();
    const wxString code =
        system == wxLANGUAGE_UNKNOWN ? wxString()
                                     : wxUILocale::GetLanguageCanonicalName(system);
    if (code.StartsWith("nb") || code.StartsWith("nn") || code.StartsWith("no")) {
      translations->SetLanguage("nb");
    } else {
      translations->SetLanguage(wxLANGUAGE_ENGLISH_US);
    }
  } else {
    translations->SetLanguage(language);
  }
  wxTranslations::Set(translations);  // takes ownership
  translations->AddStdCatalog();
  translations->AddCatalog("vaktbro", wxLANGUAGE_ENGLISH_US);
}

bool UsesNorwegian() {
  wxTranslations* translations = wxTranslations::Get();
  if (translations == nullptr) return false;
  const wxString best =
      translations->GetBestTranslation("vaktbro", wxLANGUAGE_ENGLISH_US);
  return best.StartsWith("nb") || best.StartsWith("no");
}

wxString TranslateLabel(const char* msgid) {
  return wxGetTranslation(wxString::FromUTF8(msgid));
}

client::Translate CatalogTranslate() {
  return [](const char* msgid) { return FromWx(TranslateLabel(msgid)); };
}

}  // namespace vaktbro::gui
