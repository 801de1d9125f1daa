// The Norwegian-Excel CSV reader and writer, table-driven.
#include "csv.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace vaktbro::ctl {
namespace {

using ::testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

struct ParseCase {
  const char* name;
  std::string input;
  Rows fields;
  std::vector<int> lines;
};

class ParseCsvTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseCsvTest, Parses) {
  const ParseCase& c = GetParam();
  absl::StatusOr<std::vector<CsvRecord>> records = ParseCsv(c.input);
  ASSERT_TRUE(records.ok()) << records.status();
  Rows fields;
  std::vector<int> lines;
  for (const CsvRecord& r : *records) {
    fields.push_back(r.fields);
    lines.push_back(r.line);
  }
  EXPECT_EQ(fields, c.fields);
  EXPECT_EQ(lines, c.lines);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseCsvTest,
    ::testing::Values(
        ParseCase{"crlf",
                  "a;b;c\r\n1;2;3\r\n",
                  {{"a", "b", "c"}, {"1", "2", "3"}},
                  {1, 2}},
        ParseCase{"bom_lf",
                  "\xEF\xBB\xBFnavn;år\n\xC3\x85se;1970\n",
                  {{"navn", "år"}, {"Åse", "1970"}},
                  {1, 2}},
        ParseCase{
            "no_final_newline", "a;b\r\nc;d", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        ParseCase{"embedded_separator", "\"a;b\";c\r\n", {{"a;b", "c"}}, {1}},
        ParseCase{"doubled_quotes",
                  "\"si \"\"hei\"\"\";x\r\n",
                  {{"si \"hei\"", "x"}},
                  {1}},
        ParseCase{"quoted_newline",
                  "\"linje 1\r\nlinje 2\";x\r\nneste;y\r\n",
                  {{"linje 1\r\nlinje 2", "x"}, {"neste", "y"}},
                  {1, 3}},
        ParseCase{"empty_fields",
                  "a;;c\r\n;;\r\n",
                  {{"a", "", "c"}, {"", "", ""}},
                  {1, 2}},
        ParseCase{"trailing_separator", "a;b;\r\n", {{"a", "b", ""}}, {1}},
        ParseCase{"empty_quoted", "\"\";x\r\n", {{"", "x"}}, {1}},
        ParseCase{
            "blank_lines_skipped", "a\r\n\r\n\nb\r\n", {{"a"}, {"b"}}, {1, 4}},
        ParseCase{"lone_cr", "a;b\rc;d\r", {{"a", "b"}, {"c", "d"}}, {1, 2}},
        ParseCase{"quote_inside_unquoted",
                  "15\" skjerm;x\r\n",
                  {{"15\" skjerm", "x"}},
                  {1}},
        ParseCase{"decimal_comma_kept",
                  "prosent\r\n20,5\r\n",
                  {{"prosent"}, {"20,5"}},
                  {1, 2}},
        ParseCase{"only_bom", "\xEF\xBB\xBF", {}, {}}),
    [](const ::testing::TestParamInfo<ParseCase>& info) {
      return info.param.name;
    });

TEST(ParseCsvErrorTest, BadRowsNameTheirLine) {
  struct Case {
    std::string input;
    std::string message;
  };
  const Case cases[] = {
      {"\"abc;d\r\n", "line 1: quoted field is not closed"},
      {"a;b\r\n\"x\"y;z\r\n", "line 2: unexpected text after a closing quote"},
      {"a\r\n\"multi\r\nline\" ;x\r\n",
       "line 3: unexpected text after a closing quote"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<std::vector<CsvRecord>> records = ParseCsv(c.input);
    ASSERT_FALSE(records.ok()) << c.input;
    EXPECT_EQ(records.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(records.status().message()), HasSubstr(c.message));
  }
}

TEST(FormatCsvTest, QuotesOnlyWhatNeedsIt) {
  struct Case {
    std::vector<std::string> fields;
    std::string line;
  };
  const Case cases[] = {
      {{"a", "b"}, "a;b"},
      {{"a;b", "c"}, "\"a;b\";c"},
      {{"si \"hei\""}, "\"si \"\"hei\"\"\""},
      {{"to\nlinjer"}, "\"to\nlinjer\""},
      {{"", "", ""}, ";;"},
      {{"Bjørkelia, hjemme", "8,5"}, "Bjørkelia, hjemme;8,5"},
  };
  for (const Case& c : cases) EXPECT_EQ(FormatCsvRecord(c.fields), c.line);
}

TEST(FormatCsvTest, FileHasBomAndCrlf) {
  EXPECT_EQ(FormatCsv({{"a", "b"}, {"1", "2"}}),
            "\xEF\xBB\xBF"
            "a;b\r\n1;2\r\n");
}

TEST(FormatCsvTest, RoundTrips) {
  const Rows rows = {{"vakt", "tittel", "timer"},
                     {"s1", "Natt; \"ekstra\"", "9,5"},
                     {"s2", "", "8"},
                     {"s3", "linje\r\nto", ""}};
  absl::StatusOr<std::vector<CsvRecord>> back = ParseCsv(FormatCsv(rows));
  ASSERT_TRUE(back.ok()) << back.status();
  ASSERT_EQ(back->size(), rows.size());
  for (size_t i = 0; i < rows.size(); ++i)
    EXPECT_EQ((*back)[i].fields, rows[i]);
}

TEST(DecimalTest, Parses) {
  const std::pair<const char*, double> good[] = {
      {"20,5", 20.5}, {"20.5", 20.5}, {"100", 100}, {" 7,25 ", 7.25},
      {"-1,5", -1.5}, {"50 %", 50},   {"50%", 50},  {"0", 0}};
  for (const auto& [text, value] : good) {
    absl::StatusOr<double> v = ParseDecimal(text);
    ASSERT_TRUE(v.ok()) << text << ": " << v.status();
    EXPECT_DOUBLE_EQ(*v, value) << text;
  }
  for (const char* bad :
       {"", "abc", "1,2,3", ",5", "5,", "1 000", "20,5x", "%"}) {
    EXPECT_FALSE(ParseDecimal(bad).ok()) << bad;
  }
}

TEST(DecimalTest, Formats) {
  EXPECT_EQ(FormatDecimal(8.5), "8,5");
  EXPECT_EQ(FormatDecimal(8), "8");
  EXPECT_EQ(FormatDecimal(7.25), "7,25");
  EXPECT_EQ(FormatDecimal(1.0 / 3), "0,33");
  EXPECT_EQ(FormatDecimal(-0.0001), "0");
  EXPECT_EQ(FormatDecimal(10.5, 1), "10,5");
}

TEST(FoldNameTest, FoldsNorwegianLetters) {
  EXPECT_EQ(FoldName(" Fødselsår "), "fodselsar");
  EXPECT_EQ(FoldName("LØNN"), "lonn");
  EXPECT_EQ(FoldName("Ordinær"), "ordinaer");
  EXPECT_EQ(FoldName("fodselsar"), "fodselsar");
}

CsvTable MakeTable(const std::string& text) {
  absl::StatusOr<std::vector<CsvRecord>> records = ParseCsv(text);
  EXPECT_TRUE(records.ok());
  absl::StatusOr<CsvTable> table = CsvTable::FromRecords(
      *std::move(records), {"navn", "fødselsår", "lønn"}, {"navn"});
  EXPECT_TRUE(table.ok()) << table.status();
  return *std::move(table);
}

TEST(CsvTableTest, LooksUpFoldedColumns) {
  const CsvTable t =
      MakeTable("Navn;FODSELSAR;Lønn\r\nKari ; 1970;ordinær\r\nOla\r\n");
  ASSERT_EQ(t.rows().size(), 2u);
  EXPECT_EQ(t.Get(t.rows()[0], "navn"), "Kari");
  EXPECT_EQ(t.Get(t.rows()[0], "fødselsår"), "1970");
  EXPECT_EQ(t.Get(t.rows()[0], "lonn"), "ordinær");
  EXPECT_EQ(t.Get(t.rows()[1], "fødselsår"),
            "");  // short row: Excel dropped the empties
  EXPECT_EQ(t.Get(t.rows()[0], "unknown"), "");
  EXPECT_EQ(t.rows()[1].line, 3);
}

TEST(CsvTableTest, RejectsBadHeadersAndWideRows) {
  auto from = [](const std::string& text) {
    return CsvTable::FromRecords(*ParseCsv(text), {"navn", "fødselsår"},
                                 {"navn"});
  };
  EXPECT_THAT(std::string(from("").status().message()), HasSubstr("no header"));
  EXPECT_THAT(std::string(from("navn;alder\r\n").status().message()),
              HasSubstr("unknown column 'alder'"));
  EXPECT_THAT(std::string(from("fødselsår\r\n").status().message()),
              HasSubstr("missing column 'navn'"));
  EXPECT_THAT(std::string(from("navn;Navn\r\n").status().message()),
              HasSubstr("twice"));
  absl::StatusOr<CsvTable> t = from("navn;fødselsår;\r\nKari;1970;;x\r\n");
  ASSERT_TRUE(t.ok()) << t.status();  // an empty header cell is ignored
  EXPECT_THAT(std::string(t->CheckWidth(t->rows()[0]).message()),
              HasSubstr("line 2: 4 fields"));
}

TEST(CsvRecordTest, Blank) {
  EXPECT_TRUE((CsvRecord{1, {"", " ", ""}}).Blank());
  EXPECT_FALSE((CsvRecord{1, {"", "x"}}).Blank());
}

}  // namespace
}  // namespace vaktbro::ctl
