// Translations of the desktop client and the UTF-8 bridge to the core.
//
// The catalog domain is "vaktbro"; English is the source language and
// Norwegian Bokmål ("nb") is shipped as po/nb.po, compiled to
// <dir of the executable>/locale/nb/LC_MESSAGES/vaktbro.mo by the build
// (and installed to <prefix>/share/locale).
#ifndef VAKTBRO_CLIENT_GUI_I18N_H_
#define VAKTBRO_CLIENT_GUI_I18N_H_

#include <wx/string.h>

#include <string>

#include "labels.h"

namespace vaktbro::gui {

// Installs wxTranslations for `language` ("nb", "en", or empty: Bokmål on
// a Norwegian system locale, nb, nn or no, and English otherwise) with the "vaktbro" catalog and wxWidgets' own.
// Call once, on the GUI thread, before the first window is made.
void SetUpTranslations(const wxString& language);

// True when the window speaks Norwegian Bokmål (the rule findings then
// show their Norwegian text).
bool UsesNorwegian();

// A client::Translate backed by the installed catalog. GUI thread only.
client::Translate CatalogTranslate();

// UTF-8 std::string <-> wxString, whatever the C locale is.
inline wxString ToWx(const std::string& utf8) {
  return wxString::FromUTF8(utf8.data(), utf8.size());
}
inline std::string FromWx(const wxString& text) { return text.utf8_string(); }

// The translation of an English msgid held as UTF-8 (core labels).
wxString TranslateLabel(const char* msgid);

}  // namespace vaktbro::gui

#endif  // VAKTBRO_CLIENT_GUI_I18N_H_
