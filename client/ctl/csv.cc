#include "csv.h"

#include <algorithm>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"

namespace vaktbro::ctl {
namespace {

bool IsLineEnd(char c) { return c == '\n' || c == '\r'; }

// Moves past one line end (CRLF, LF or a lone CR) at text[*i].
void SkipLineEnd(absl::string_view text, size_t* i) {
  if (text[*i] == '\r' && *i + 1 < text.size() && text[*i + 1] == '\n') ++*i;
  ++*i;
}

// Reads a quoted field starting at the opening quote; counts the line breaks
// inside it. INVALID_ARGUMENT when it is not closed or text follows the close.
absl::Status ReadQuoted(absl::string_view text, char separator, size_t* i,
                        int* line, std::string* field) {
  const int first_line = *line;
  ++*i;  // the opening quote
  while (*i < text.size()) {
    const char c = text[*i];
    if (c == '"') {
      if (*i + 1 < text.size() && text[*i + 1] == '"') {
        field->push_back('"');
        *i += 2;
        continue;
      }
      ++*i;
      if (*i < text.size() && text[*i] != separator && !IsLineEnd(text[*i])) {
        return absl::InvalidArgumentError(absl::StrCat(
            "line ", *line, ": unexpected text after a closing quote"));
      }
      return absl::OkStatus();
    }
    if (c == '\n' ||
        (c == '\r' && !(*i + 1 < text.size() && text[*i + 1] == '\n')))
      ++*line;
    field->push_back(c);
    ++*i;
  }
  return absl::InvalidArgumentError(
      absl::StrCat("line ", first_line, ": quoted field is not closed"));
}

}  // namespace

bool CsvRecord::Blank() const {
  return std::all_of(fields.begin(), fields.end(), [](const std::string& f) {
    return absl::StripAsciiWhitespace(f).empty();
  });
}

absl::StatusOr<std::vector<CsvRecord>> ParseCsv(absl::string_view text,
                                                char separator) {
  if (absl::StartsWith(text, kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  std::vector<CsvRecord> records;
  size_t i = 0;
  int line = 1;
  while (i < text.size()) {
    if (IsLineEnd(text[i])) {  // an empty line
      SkipLineEnd(text, &i);
      ++line;
      continue;
    }
    CsvRecord record;
    record.line = line;
    while (true) {
      std::string field;
      if (i < text.size() && text[i] == '"') {
        if (absl::Status s = ReadQuoted(text, separator, &i, &line, &field);
            !s.ok())
          return s;
      } else {
        while (i < text.size() && text[i] != separator && !IsLineEnd(text[i]))
          field.push_back(text[i++]);
      }
      record.fields.push_back(std::move(field));
      if (i < text.size() && text[i] == separator) {
        ++i;
        continue;
      }
      break;
    }
    if (i < text.size()) {
      SkipLineEnd(text, &i);
      ++line;
    }
    records.push_back(std::move(record));
  }
  return records;
}

std::string FormatCsvRecord(const std::vector<std::string>& fields,
                            char separator) {
  std::string out;
  for (size_t f = 0; f < fields.size(); ++f) {
    if (f > 0) out.push_back(separator);
    const std::string& field = fields[f];
    if (field.find_first_of(std::string{separator, '"', '\n', '\r'}) ==
        std::string::npos) {
      out += field;
      continue;
    }
    out.push_back('"');
    for (char c : field) {
      if (c == '"') out.push_back('"');
      out.push_back(c);
    }
    out.push_back('"');
  }
  return out;
}

std::string FormatCsv(const std::vector<std::vector<std::string>>& records,
                      char separator) {
  std::string out(kUtf8Bom);
  for (const auto& record : records)
    absl::StrAppend(&out, FormatCsvRecord(record, separator), "\r\n");
  return out;
}

absl::StatusOr<double> ParseDecimal(absl::string_view text) {
  absl::string_view s = absl::StripAsciiWhitespace(text);
  if (absl::EndsWith(s, "%"))
    s = absl::StripTrailingAsciiWhitespace(s.substr(0, s.size() - 1));
  const auto bad = [&] {
    return absl::InvalidArgumentError(
        absl::StrCat("'", text, "' is not a decimal number"));
  };
  std::string normal(s);
  size_t i =
      (!normal.empty() && (normal[0] == '-' || normal[0] == '+')) ? 1 : 0;
  const size_t digits_start = i;
  while (i < normal.size() && absl::ascii_isdigit(normal[i])) ++i;
  if (i == digits_start) return bad();
  if (i < normal.size() && (normal[i] == ',' || normal[i] == '.')) {
    normal[i] = '.';
    const size_t decimals_start = ++i;
    while (i < normal.size() && absl::ascii_isdigit(normal[i])) ++i;
    if (i == decimals_start) return bad();
  }
  double value = 0;
  if (i != normal.size() || !absl::SimpleAtod(normal, &value)) return bad();
  return value;
}

std::string FormatDecimal(double value, int max_decimals) {
  std::string s = absl::StrFormat("%.*f", max_decimals, value);
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

std::string FoldName(absl::string_view text) {
  text = absl::StripAsciiWhitespace(text);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const absl::string_view two = text.substr(i, 2);
    if (two == "æ" || two == "Æ") {
      out += "ae";
    } else if (two == "ø" || two == "Ø") {
      out += "o";
    } else if (two == "å" || two == "Å") {
      out += "a";
    } else if (two == "é" || two == "É") {
      out += "e";
    } else {
      out.push_back(absl::ascii_tolower(static_cast<unsigned char>(text[i])));
      continue;
    }
    ++i;  // the second byte of a folded letter
  }
  return out;
}

absl::StatusOr<CsvTable> CsvTable::FromRecords(
    std::vector<CsvRecord> records, const std::vector<std::string>& known,
    const std::vector<std::string>& required) {
  if (records.empty())
    return absl::InvalidArgumentError("the file is empty: no header row");
  std::vector<std::string> folded_known;
  for (const std::string& name : known) folded_known.push_back(FoldName(name));
  CsvTable table;
  for (const std::string& name : records.front().fields) {
    const std::string folded = FoldName(name);
    if (!folded.empty() && std::find(folded_known.begin(), folded_known.end(),
                                     folded) == folded_known.end()) {
      return absl::InvalidArgumentError(
          absl::StrCat("line ", records.front().line, ": unknown column '",
                       name, "' (known: ", absl::StrJoin(known, ";"), ")"));
    }
    if (!folded.empty() &&
        std::find(table.columns_.begin(), table.columns_.end(), folded) !=
            table.columns_.end()) {
      return absl::InvalidArgumentError(
          absl::StrCat("column '", name, "' appears twice"));
    }
    table.columns_.push_back(folded);
  }
  for (const std::string& name : required) {
    if (std::find(table.columns_.begin(), table.columns_.end(),
                  FoldName(name)) == table.columns_.end()) {
      return absl::InvalidArgumentError(
          absl::StrCat("missing column '", name, "'"));
    }
  }
  table.rows_.assign(std::make_move_iterator(records.begin() + 1),
                     std::make_move_iterator(records.end()));
  return table;
}

std::string CsvTable::Get(const CsvRecord& row, absl::string_view name) const {
  const std::string folded = FoldName(name);
  const auto it = std::find(columns_.begin(), columns_.end(), folded);
  const size_t index = static_cast<size_t>(it - columns_.begin());
  if (it == columns_.end() || index >= row.fields.size()) return "";
  return std::string(absl::StripAsciiWhitespace(row.fields[index]));
}

absl::Status CsvTable::CheckWidth(const CsvRecord& row) const {
  if (row.fields.size() <= columns_.size()) return absl::OkStatus();
  return absl::InvalidArgumentError(
      absl::StrCat("line ", row.line, ": ", row.fields.size(),
                   " fields, but the header has ", columns_.size()));
}

}  // namespace vaktbro::ctl
