#include "roster_model.h"

#include <functional>
#include <string>

#include "absl/strings/match.h"
#include "gtest/gtest.h"
#include "test_models.h"

namespace vaktbro::roster {
namespace {

struct InvalidCase {
  std::function<void(Model&)> change;  // applied to WeekModel()
  std::string message;                 // expected within the error
};

TEST(ValidateModel, NamesTheFirstInconsistency) {
  const InvalidCase cases[] = {
      {[](Model& m) { m.num_days = 0; }, "num_days"},
      {[](Model& m) { m.types[1].forbidden_next = {3}; },
       "types[1]: forbidden_next"},
      {[](Model& m) { m.types[0].start_minute = 1440; },
       "types[0]: start_minute"},
      {[](Model& m) { m.workers[0].max_shifts_per_type = {1}; },
       "one entry per type"},
      {[](Model& m) {
         m.workers[0].min_total_minutes = 10,
         m.workers[0].max_total_minutes = 5;
       },
       "total minutes"},
      {[](Model& m) {
         m.workers[0].min_consecutive_days = 3,
         m.workers[0].max_consecutive_days = 2;
       },
       "consecutive days"},
      {[](Model& m) { m.workers[0].days_off = {7}; }, "day off outside"},
      {[](Model& m) {
         m.slots = {{.day = 1}, {.day = 1}};
       },
       "slots[1]: duplicate"},
      {[](Model& m) { m.slots = {{.day = 1, .under_weight = -1}}; },
       "negative weight"},
      {[](Model& m) {
         m.slots = {{.day = 1, .time = TimeWindow{50, 40}}};
       },
       "ends before"},
      {[](Model& m) {
         m.requests = {{0, 9, 0, 1}};
       },
       "requests[0]"},
      {[](Model& m) {
         m.costs = {{{0, 1, 0}, 3}, {{0, 1, 0}, 4}};
       },
       "costs[1]: duplicate"},
      {[](Model& m) {
         m.banned = {{1, 0, 0}};
       },
       "banned[0]"},
  };
  for (const InvalidCase& c : cases) {
    SCOPED_TRACE(c.message);
    Model m = testing::WeekModel();
    c.change(m);
    const absl::Status s = ValidateModel(m);
    EXPECT_EQ(s.code(), absl::StatusCode::kInvalidArgument);
    EXPECT_TRUE(absl::StrContains(s.message(), c.message)) << s;
  }
  EXPECT_TRUE(ValidateModel(testing::WeekModel()).ok());
}

TEST(SlotTable, DefaultAndExplicitTimes) {
  Model m = testing::WeekModel();
  m.slots = {
      {.day = 2, .type = 1, .required = 2, .time = TimeWindow{3000, 3300}}};
  const SlotTable table(m);
  EXPECT_EQ(table.at(2, 1).required, 2);
  EXPECT_EQ(table.at(3, 1).required, 0);  // unlisted: wants nobody
  EXPECT_EQ(table.window(1, 0).start_minute, 1440 + 7 * 60);
  EXPECT_EQ(table.minutes(1, 1), 600);
  EXPECT_EQ(table.window(2, 1).end_minute, 3300);
  EXPECT_EQ(table.minutes(2, 1), 300);
}

TEST(FormatRoster, OneLinePerWorker) {
  const Model m = testing::WeekModel();
  EXPECT_EQ(FormatRoster(m, testing::MakeRoster(m, {"DN--E--"})),
            "A: D N - - E - -\n");
}

}  // namespace
}  // namespace vaktbro::roster
