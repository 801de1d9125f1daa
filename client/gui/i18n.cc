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
    translations->SetLanguage(wxLANGUAGE_DEFAULT);
  } else {
    translations->SetLanguage(language);
  }
  wxTranslations::Set(translations);  // takes ownership
  translations->AddStdCatalog();
  translations->AddCatalog("vaktbro", wxLANGUAGE_ENGLISH_US);
}

wxString TranslateLabel(const char* msgid) {
  return wxGetTranslation(wxString::FromUTF8(msgid));
}

client::Translate CatalogTranslate() {
  return [](const char* msgid) { return FromWx(TranslateLabel(msgid)); };
}

}  // namespace vaktbro::gui
