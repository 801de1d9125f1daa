// CSV as Norwegian Excel reads and writes it: fields separated by ';',
// UTF-8 with a byte-order mark, decimal comma, CRLF line ends, and fields
// that contain ';', '"' or a line break in double quotes with '"' doubled.
//
// The reader is forgiving where Excel is: the BOM is optional, LF and lone
// CR end a line as well as CRLF, and a '"' inside an unquoted field is taken
// literally. It is strict where data would silently go wrong: a quoted field
// that is never closed, or text after a closing quote, is an error.
#ifndef VAKTBRO_CLIENT_CTL_CSV_H_
#define VAKTBRO_CLIENT_CTL_CSV_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace vaktbro::ctl {

inline constexpr absl::string_view kUtf8Bom = "\xEF\xBB\xBF";
inline constexpr char kExcelSeparator = ';';

// One record and the 1-based line it starts on (a quoted line break makes a
// record span several lines).
struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;

  // True when every field is empty (Excel writes ";;;" for blank rows).
  bool Blank() const;
};

// Every record of `text`, blank lines skipped. INVALID_ARGUMENT naming the
// line for an unclosed quoted field or text after a closing quote.
absl::StatusOr<std::vector<CsvRecord>> ParseCsv(
    absl::string_view text, char separator = kExcelSeparator);

// One record without its line end, quoting fields as needed.
std::string FormatCsvRecord(const std::vector<std::string>& fields,
                            char separator = kExcelSeparator);

// A whole file: the BOM, then every record followed by CRLF.
std::string FormatCsv(const std::vector<std::vector<std::string>>& records,
                      char separator = kExcelSeparator);

// A decimal number written with a comma ("20,5") or a point ("20.5"),
// optionally followed by '%'; surrounding spaces are ignored.
// INVALID_ARGUMENT for anything else, e.g. "", "abc" or "1,2,3".
absl::StatusOr<double> ParseDecimal(absl::string_view text);

// `value` with a decimal comma and at most `max_decimals` decimals, trailing
// zeros dropped: 8.5 -> "8,5", 8 -> "8", 7.25 -> "7,25".
std::string FormatDecimal(double value, int max_decimals = 2);

// A header-row CSV: column lookup by name. Names are compared folded (see
// FoldName), so "Fødselsår", "fødselsår" and "fodselsar" are one column.
class CsvTable {
 public:
  // INVALID_ARGUMENT when there is no header, a column is named twice, a
  // header names a column not in `known`, or a `required` one is missing.
  // Columns with an empty header are ignored.
  static absl::StatusOr<CsvTable> FromRecords(
      std::vector<CsvRecord> records, const std::vector<std::string>& known,
      const std::vector<std::string>& required);

  // The data rows (the header excluded, blank rows included).
  const std::vector<CsvRecord>& rows() const { return rows_; }

  // The field of `row` in column `name` (trimmed); empty when the file has
  // no such column.
  std::string Get(const CsvRecord& row, absl::string_view name) const;

  // INVALID_ARGUMENT when the row has more fields than the header.
  // Fewer is allowed: Excel drops trailing empty fields.
  absl::Status CheckWidth(const CsvRecord& row) const;

 private:
  std::vector<std::string> columns_;  // folded names in file order
  std::vector<CsvRecord> rows_;
};

// Lower-case ASCII for comparing names: trims spaces, lower-cases, and folds
// æ/Æ -> ae, ø/Ø -> o, å/Å -> a, é -> e; other bytes are kept.
std::string FoldName(absl::string_view text);

}  // namespace vaktbro::ctl

#endif  // VAKTBRO_CLIENT_CTL_CSV_H_
