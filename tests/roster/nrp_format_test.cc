#include "nrp_format.h"

#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "gtest/gtest.h"
#include "test_models.h"

namespace vaktbro::roster {
namespace {

// A small instance in the published layout, with LF line ends.
constexpr absl::string_view kSmall = R"(# comment
SECTION_HORIZON
# days
14

SECTION_SHIFTS
# ShiftID, Length in mins, Shifts which cannot follow this shift | separated
E,480,
L,480,E
N,600,E|L

SECTION_STAFF
A,E=14|L=14|N=3,4320,3360,5,2,2,1
B,E=14|N=0,4320,3360,5,2,2,1

SECTION_DAYS_OFF
A,0,13
B

SECTION_SHIFT_ON_REQUESTS
A,2,E,2

SECTION_SHIFT_OFF_REQUESTS
B,3,L,3

SECTION_COVER
0,E,2,100,1
1,N,1,100,1
)";

TEST(ParseNrpInstance, Small) {
  absl::StatusOr<Model> m = ParseNrpInstance(std::string(kSmall));
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->num_days, 14);
  ASSERT_EQ(m->types.size(), 3u);
  EXPECT_EQ(m->types[2].id, "N");
  EXPECT_EQ(m->types[2].length_minutes, 600);
  EXPECT_EQ(m->types[2].forbidden_next, (std::vector<int>{0, 1}));
  EXPECT_TRUE(m->types[0].forbidden_next.empty());
  ASSERT_EQ(m->workers.size(), 2u);
  const Worker& a = m->workers[0];
  EXPECT_EQ(a.max_shifts_per_type, (std::vector<int>{14, 14, 3}));
  EXPECT_EQ(a.max_total_minutes, 4320);
  EXPECT_EQ(a.min_total_minutes, 3360);
  EXPECT_EQ(a.max_consecutive_days, 5);
  EXPECT_EQ(a.min_consecutive_days, 2);
  EXPECT_EQ(a.min_consecutive_days_off, 2);
  EXPECT_EQ(a.max_weekends, 1);
  EXPECT_EQ(a.days_off, (std::vector<int>{0, 13}));
  EXPECT_EQ(m->workers[1].max_shifts_per_type,
            (std::vector<int>{14, kNoLimit, 0}));
  EXPECT_TRUE(m->workers[1].days_off.empty());
  ASSERT_EQ(m->requests.size(), 2u);
  EXPECT_EQ(m->requests[1].kind, RequestKind::kOff);
  EXPECT_EQ(m->requests[1].weight, 3);
  EXPECT_EQ(m->requests[1].type, 1);
  ASSERT_EQ(m->slots.size(), 2u);
  EXPECT_EQ(m->slots[1].day, 1);
  EXPECT_EQ(m->slots[1].type, 2);
  EXPECT_EQ(m->slots[1].under_weight, 100);
  EXPECT_EQ(m->slots[1].hard_max, kNoLimit);
  EXPECT_EQ(m->edge_work_stretch, EdgeWorkStretch::kExempt);
}

TEST(ParseNrpInstance, CrlfIsTheSame) {
  const std::string crlf = absl::StrReplaceAll(kSmall, {{"\n", "\r\n"}});
  absl::StatusOr<Model> lf = ParseNrpInstance(std::string(kSmall));
  absl::StatusOr<Model> cr = ParseNrpInstance(crlf);
  ASSERT_TRUE(cr.ok()) << cr.status();
  EXPECT_EQ(cr->workers[0].days_off, lf->workers[0].days_off);
  EXPECT_EQ(cr->slots.size(), lf->slots.size());
}

struct BadCase {
  std::string from, to;  // replace in kSmall
  std::string message;   // expected within the error
};

TEST(ParseNrpInstance, MalformedNamesSectionAndLine) {
  const BadCase cases[] = {
      {"A,E=14|L=14|N=3,4320,3360,5,2,2,1", "A,E=14,4320,3360,5,2,2",
       "SECTION_STAFF line 13: expected 8 fields, got 7"},
      {"A,E=14|L=14|N=3,4320", "A,E=14|L=14|X=3,4320",
       "SECTION_STAFF line 13: unknown shift type 'X'"},
      {"A,E=14|L=14|N=3,4320", "A,E=14|L=14|N3,4320",
       "line 13: MaxShifts entry 'N3' is not T=N"},
      {"4320,3360,5,2,2,1\nB", "4320,3360,five,2,2,1\nB",
       "line 13: MaxConsecutiveShifts 'five'"},
      {"L,480,E", "L,480,Q",
       "SECTION_SHIFTS line 9: unknown forbidden successor 'Q'"},
      {"N,600", "N,-600", "SECTION_SHIFTS line 10: length -600 is negative"},
      {"A,0,13", "A,0,14",
       "SECTION_DAYS_OFF line 17: day 14 beyond the horizon of 14"},
      {"A,2,E,2", "C,2,E,2",
       "SECTION_SHIFT_ON_REQUESTS line 21: unknown employee 'C'"},
      {"0,E,2,100,1", "0,X,2,100,1",
       "SECTION_COVER line 27: unknown shift type 'X'"},
      {"1,N,1,100,1", "0,E,1,100,1",
       "SECTION_COVER line 28: cover given twice"},
      {"SECTION_COVER", "SECTION_COVERS",
       "SECTION_COVERS line 26: unknown section"},
      {"SECTION_COVER\n", "SECTION_DAYS_OFF\n",
       "SECTION_DAYS_OFF line 26: section repeated"},
      {"# comment\n", "stray\n", "file line 1: data before any section"},
      {"SECTION_STAFF\n", "SECTION_STAF\n",
       "SECTION_STAF line 12: unknown section"},
      {"14\n", "0\n",
       "SECTION_HORIZON line 4: the horizon must be at least one day"},
  };
  for (const BadCase& c : cases) {
    SCOPED_TRACE(c.to);
    const std::string text = absl::StrReplaceAll(kSmall, {{c.from, c.to}});
    ASSERT_NE(text, kSmall) << "the case does not change the text";
    absl::StatusOr<Model> m = ParseNrpInstance(text);
    ASSERT_FALSE(m.ok());
    EXPECT_EQ(m.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(absl::StrContains(m.status().message(), c.message))
        << m.status();
  }
}

TEST(ParseNrpInstance, MissingSections) {
  absl::StatusOr<Model> m =
      ParseNrpInstance("SECTION_HORIZON\n7\nSECTION_SHIFTS\nD,480,\n");
  ASSERT_FALSE(m.ok());
  EXPECT_TRUE(absl::StrContains(m.status().message(), "SECTION_STAFF missing"))
      << m.status();
  EXPECT_FALSE(ParseNrpInstance("").ok());
}

TEST(ReadNrpInstanceFile, Instance1) {
  const std::string dir = testing::NrpDir();
  // The instances are shared data outside this repository (../shared next
  // to the checkout); a clone elsewhere has none, so there is nothing to read.
  if (dir.empty()) GTEST_SKIP() << "no NRP instances at " << VAKTBRO_NRP_DIR;
  absl::StatusOr<Model> m = ReadNrpInstanceFile(dir + "/Instance1.txt");
  ASSERT_TRUE(m.ok()) << m.status();
  EXPECT_EQ(m->num_days, 14);
  ASSERT_EQ(m->types.size(), 1u);
  EXPECT_EQ(m->types[0].id, "D");
  EXPECT_EQ(m->types[0].length_minutes, 480);
  ASSERT_EQ(m->workers.size(), 8u);
  EXPECT_EQ(m->workers[7].id, "H");
  EXPECT_EQ(m->workers[7].days_off, (std::vector<int>{7}));
  EXPECT_EQ(m->workers[0].max_total_minutes, 4320);
  EXPECT_EQ(m->workers[0].min_total_minutes, 3360);
  EXPECT_EQ(m->workers[0].max_weekends, 1);
  int on = 0, off = 0;
  for (const Request& r : m->requests)
    (r.kind == RequestKind::kOn ? on : off)++;
  EXPECT_EQ(on, 21);
  EXPECT_EQ(off, 5);
  ASSERT_EQ(m->slots.size(), 14u);
  EXPECT_EQ(m->slots[1].required, 7);
  EXPECT_EQ(m->slots[10].required, 2);
}

TEST(ReadNrpInstanceFile, AllInstancesParse) {
  const std::string dir = testing::NrpDir();
  // The instances are shared data outside this repository (../shared next
  // to the checkout); a clone elsewhere has none, so there is nothing to read.
  if (dir.empty()) GTEST_SKIP() << "no NRP instances at " << VAKTBRO_NRP_DIR;
  for (int i : {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23}) {
    absl::StatusOr<Model> m =
        ReadNrpInstanceFile(dir + "/Instance" + std::to_string(i) + ".txt");
    EXPECT_TRUE(m.ok()) << i << ": " << m.status();
  }
}

TEST(ReadNrpInstanceFile, MissingFile) {
  EXPECT_EQ(ReadNrpInstanceFile("/nonexistent/x.txt").status().code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace vaktbro::roster
