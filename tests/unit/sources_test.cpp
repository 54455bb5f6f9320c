// Sources come through one interface (driver/sources.hpp): a plan whose files
// are held in memory (an editor's unsaved buffers, a test) compiles exactly as
// the same files on disk, with relative `use`, limits and errors alike.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/pipeline.hpp"
#include "emit/eval_json.hpp"

#include <fmt/format.h>

namespace {

namespace fs = std::filesystem;
using planc::driver::Compilation;
using planc::driver::DiskSources;
using planc::driver::MemorySources;
using planc::driver::Options;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every diagnostic as "CODE line:col file: message", and the scores as JSON.
std::string outcome(const Compilation& c) {
  std::string out;
  for (const auto& d : c.program.diags.all())
    out += fmt::format("{} {}:{} {}: {}\n", planc::info(d.code).code, c.program.sources.line(d.span),
                       c.program.sources.col(d.span),
                       d.span.valid() ? fs::path(c.program.sources.get(d.span.file).name).filename().string() : "-",
                       d.message.str());
  if (c.scored) out += planc::emit::eval_json(*c.scored, "[]");
  return out;
}

const fs::path kRef = fs::path(PLANC_SOURCE_DIR) / "plans/th-hor-2563";

TEST(Sources, PlanHeldInMemoryCompilesAsOnDisk) {
  Compilation disk;
  planc::driver::compile(disk, (kRef / "2563-h1.plan").string());
  ASSERT_TRUE(disk.scored);

  // The same two files under a folder that does not exist on disk.
  MemorySources mem;
  mem.set("/nowhere/ref/plan.plan", slurp(kRef / "plan.plan"));
  mem.set("/nowhere/ref/2563-h1.plan", slurp(kRef / "2563-h1.plan"));
  Compilation memory;
  planc::driver::compile(memory, "/nowhere/ref/2563-h1.plan", Options{.sources = &mem});
  EXPECT_FALSE(memory.program.io_error);
  EXPECT_EQ(outcome(memory), outcome(disk));
  EXPECT_EQ(memory.program.modules.size(), disk.program.modules.size());  // plan.plan, std/units, std/scales, the round
}

TEST(Sources, UnsavedBufferOverTheDisk) {
  // The round file as an editor holds it, unsaved, with its result for 1.1
  // changed; plan.plan comes from the disk beside it.
  std::string round = slurp(kRef / "2563-h1.plan");
  Compilation saved, unsaved;
  planc::driver::compile(saved, (kRef / "2563-h1.plan").string());
  DiskSources disk;
  MemorySources buffers(&disk);
  std::string edited = round;
  auto at = edited.find("round \"");
  ASSERT_NE(at, std::string::npos);
  edited.insert(at, "// an unsaved edit\n");
  buffers.set(kRef / "2563-h1.plan", edited);
  planc::driver::compile(unsaved, (kRef / "2563-h1.plan").string(), Options{.sources = &buffers});
  ASSERT_TRUE(unsaved.scored);
  EXPECT_EQ(*unsaved.scored->score, *saved.scored->score);
  // The buffer is what was read: its text, not the file's.
  EXPECT_NE(unsaved.program.sources.get(unsaved.program.modules[unsaved.program.main].file).text.find("an unsaved edit"),
            std::string_view::npos);

  // A buffer for plan.plan replaces the file on disk too: a weight removed
  // there is an error in the unsaved plan only.
  std::string plan = slurp(kRef / "plan.plan");
  buffers.set(kRef / "plan.plan", plan + "\nstrategy 9 \"x\" { indicator 1 \"y\" { unit หมวด; target >= 1; weight 1; offices no_such_office } }\n");
  Compilation edited_plan;
  planc::driver::compile(edited_plan, (kRef / "2563-h1.plan").string(), Options{.sources = &buffers});
  EXPECT_NE(outcome(edited_plan).find("no_such_office"), std::string::npos) << outcome(edited_plan);
  EXPECT_EQ(outcome(saved).find("no_such_office"), std::string::npos);
}

TEST(Sources, TextGivenForTheMainFile) {
  // compile_text: the main file's text given, its imports from the provider.
  MemorySources mem;
  mem.set("/v/plan.plan", slurp(kRef / "plan.plan"));
  Compilation c;
  planc::driver::compile_text(c, "/v/round.plan", slurp(kRef / "2563-h1.plan"), Options{.sources = &mem});
  Compilation disk;
  planc::driver::compile(disk, (kRef / "2563-h1.plan").string());
  ASSERT_TRUE(c.scored);
  EXPECT_EQ(*c.scored->score, *disk.scored->score);
}

TEST(Sources, BuffersUnderALinkedFolder) {
  // The plan's folder reached through a symbolic link: a buffer set under one
  // name is the file the loader reaches under the other, and files on disk
  // beside a buffer are inside the plan's folder.
  auto real = fs::temp_directory_path() / "planc-sources-real";
  auto link = fs::temp_directory_path() / "planc-sources-link";
  fs::remove_all(real);
  fs::remove(link);
  fs::create_directories(real);
  fs::create_directory_symlink(real, link);
  std::ofstream(real / "plan.plan") << slurp(kRef / "plan.plan");
  std::ofstream(real / "round.plan") << slurp(kRef / "2563-h1.plan");
  DiskSources disk;
  MemorySources buffers(&disk);
  std::string edited = slurp(kRef / "2563-h1.plan") + "\nresult 9.9 { value 1 }\n";  // E103 only in the buffer
  buffers.set(link / "round.plan", edited);
  Compilation through_real;
  planc::driver::compile(through_real, (real / "round.plan").string(), Options{.sources = &buffers});
  EXPECT_NE(outcome(through_real).find("E103"), std::string::npos) << outcome(through_real);

  Compilation text_under_link;
  planc::driver::compile_text(text_under_link, (link / "round.plan").string(), slurp(kRef / "2563-h1.plan"),
                              Options{.sources = &buffers});
  EXPECT_EQ(outcome(text_under_link).find("E032"), std::string::npos) << outcome(text_under_link);
  ASSERT_TRUE(text_under_link.scored);
  fs::remove(link);
  fs::remove_all(real);
}

TEST(Sources, ImportErrorsInMemoryAreThoseOnDisk) {
  const char* a = "use \"b.plan\"\nuse \"missing.plan\"\nuse \"../outside.plan\"\nuse \"b.plan\"\nplan \"p\" {}\n";
  const char* b = "use \"sub/c.plan\"\n";
  const char* c = "use \"../a.plan\"\n";  // a -> b -> c -> a
  auto dir = fs::temp_directory_path() / "planc-sources-imports";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "a.plan") << a;
  std::ofstream(dir / "b.plan") << b;
  std::ofstream(dir / "sub" / "c.plan") << c;
  MemorySources mem;
  mem.set("/mem/a.plan", a);
  mem.set("/mem/b.plan", b);
  mem.set("/mem/sub/c.plan", c);
  Compilation on_disk, in_memory;
  planc::driver::compile(on_disk, (dir / "a.plan").string());
  planc::driver::compile(in_memory, "/mem/a.plan", Options{.sources = &mem});
  std::string codes;
  for (auto& d : in_memory.program.diags.all()) codes += std::string(planc::info(d.code).code) + " ";
  EXPECT_EQ(codes, "E030 E032 W033 E031 ") << outcome(in_memory);
  std::string expected = outcome(on_disk);  // the same, with the folder's name
  for (auto at = expected.find(dir.string()); at != std::string::npos; at = expected.find(dir.string()))
    expected.replace(at, dir.string().size(), "/mem");
  EXPECT_EQ(outcome(in_memory), expected);
  fs::remove_all(dir);
}

TEST(Sources, LimitsHoldInMemory) {
  MemorySources mem;
  mem.set("/m/big.plan", std::string(2000, ' '));
  mem.set("/m/main.plan", "use \"big.plan\"\nplan \"p\" {}\n");
  Compilation c;
  Options o{.sources = &mem};
  o.limits.max_file_bytes = 1000;
  planc::driver::compile(c, "/m/main.plan", o);
  ASSERT_EQ(c.program.diags.all().size(), 1u) << outcome(c);
  EXPECT_EQ(planc::info(c.program.diags.all()[0].code).code, "E004");

  Compilation missing;
  planc::driver::compile(missing, "/m/none.plan", Options{.sources = &mem});
  EXPECT_TRUE(missing.program.io_error);  // the main file cannot be read: exit 2, as on disk
}

}  // namespace
