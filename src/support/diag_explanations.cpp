// The long explanations behind `planc explain-code CODE`: what the diagnostic
// means, why planc reports it, and an example with its fix, in English and in
// Thai. One entry per code of diag_codes.def (tests/unit/explanations_test.cpp
// checks that none is missing and that every Thai field is Thai).
//
// The Thai is written for the planners of a planning unit (กลุ่มงานแผน) in the
// words their plans and reports use (ตัวชี้วัด, ค่าเป้าหมาย, น้ำหนัก, ผลรวมน้ำหนัก,
// เกณฑ์การให้คะแนน, หน่วยนับ, ผลการดำเนินงาน, รอบการประเมิน, ...), with Thai digits
// in prose. Plan keywords and code stay in backticks exactly as written; the
// examples are code, the same in both languages.
#include "support/diag_explanations.hpp"

#include <map>

namespace planc {

namespace {

const std::map<std::string_view, Explanation>& table() {
  static const std::map<std::string_view, Explanation> t = {
      // ---- E00x: input files
      {"E001",
       {.text = "A plan file must be UTF-8 text. planc found a byte sequence that is not UTF-8 and names the byte "
                "where it starts. Files saved by older Thai editors as TIS-620 or Windows-874 give this error.",
        .text_th = "ไฟล์แผนต้องเป็นไฟล์ข้อความที่เข้ารหัสแบบ UTF-8 แต่ planc พบลำดับไบต์ที่ไม่ใช่ UTF-8 "
                   "จึงแจ้งตำแหน่งไบต์แรกที่ผิดไว้ ไฟล์ที่บันทึกจากโปรแกรมรุ่นเก่าด้วยรหัสภาษาไทยแบบ TIS-620 "
                   "หรือ Windows-874 มักพบข้อผิดพลาดนี้",
        .example = "plan \"แผน\" {}   // TIS-620: แ ผ น = 0xE1 0xBC 0xB9",
        .fix = "re-save the file as UTF-8 (in most editors: Save As, encoding UTF-8)",
        .fix_th = "บันทึกไฟล์ใหม่เป็น UTF-8 (โปรแกรมส่วนใหญ่ใช้คำสั่ง Save As แล้วเลือกการเข้ารหัสเป็น UTF-8)"}},
      {"E002",
       {.text = "The file given on the command line does not exist or cannot be read. planc exits with code 2.",
        .text_th = "ไม่พบไฟล์ที่ระบุในบรรทัดคำสั่ง หรือเปิดอ่านไฟล์นั้นไม่ได้ planc จะหยุดและจบการทำงานด้วยรหัส ๒",
        .example = "planc check no-such-file.plan",
        .fix = "check the path; it is relative to the current folder",
        .fix_th = "ตรวจสอบชื่อและที่อยู่ของไฟล์ ซึ่งนับจากโฟลเดอร์ปัจจุบันที่เรียกใช้คำสั่ง"}},
      {"E003",
       {.text = "The file contains a NUL byte, which no text file has: it is probably a binary file (a PDF, a "
                "spreadsheet) given by mistake.",
        .text_th = "ไฟล์มีไบต์ NUL (ไบต์ค่าศูนย์) ซึ่งไฟล์ข้อความไม่มี จึงน่าจะเป็นไฟล์ชนิดอื่น เช่น ไฟล์ PDF "
                   "หรือไฟล์ตารางคำนวณ ที่ระบุมาโดยไม่ได้ตั้งใจ",
        .example = "planc check report.xlsx",
        .fix = "give planc the `.plan` text file",
        .fix_th = "ระบุไฟล์แผนซึ่งเป็นไฟล์ข้อความ (นามสกุล `.plan`)"}},
      {"E004",
       {.text = "The file is larger than the limit (1 GiB unless `--max-file-size` says otherwise; never more than "
                "4 GiB). The limit keeps planc's memory bounded. planc does not read the file and exits with code 2.",
        .text_th = "ไฟล์มีขนาดใหญ่เกินขีดจำกัด (๑ GiB เว้นแต่กำหนดเป็นอย่างอื่นด้วย `--max-file-size` "
                   "แต่ไม่เกิน ๔ GiB) ขีดจำกัดนี้มีไว้ไม่ให้ planc ใช้หน่วยความจำเกินควร planc จะไม่อ่านไฟล์นี้ "
                   "และจบการทำงานด้วยรหัส ๒",
        .example = "planc check huge.plan --max-file-size 1000",
        .fix = "raise `--max-file-size`, or split the plan into files joined with `use`",
        .fix_th = "เพิ่มค่า `--max-file-size` หรือแยกแผนเป็นหลายไฟล์แล้วรวมกันด้วย `use`"}},

      // ---- E01x: syntax
      {"E010",
       {.text = "planc expected something else at this place: a field name at the start of an item, a value, `{`, "
                "or the end of the line after the values. The message says what it found. planc skips to the next "
                "item and goes on, so every such error in the file is reported.",
        .text_th = "ณ ตำแหน่งนี้ planc คาดว่าจะพบสิ่งอื่น ได้แก่ ชื่อฟิลด์ที่ต้นรายการ ค่าของฟิลด์ เครื่องหมาย `{` "
                   "หรือการจบบรรทัดหลังค่าของฟิลด์ ข้อความแจ้งข้อผิดพลาดจะบอกว่าพบอะไรแทน จากนั้น planc "
                   "จะข้ามไปตรวจรายการถัดไป จึงแจ้งข้อผิดพลาดลักษณะนี้ได้ครบทุกจุดในไฟล์",
        .example = "agency \"a\" \"b\" ]",
        .fix = "agency \"a\"",
        .fix_th = "agency \"a\""}},
      {"E011",
       {.text = "A text in quotes must end on the line it starts; a text block (`\"\"\"`) must end with `\"\"\"`. "
                "A text of several lines, such as an account of the work done, belongs in a text block.",
        .text_th = "ข้อความในเครื่องหมายคำพูดต้องปิดด้วย `\"` ในบรรทัดเดียวกับที่เปิด ส่วนข้อความแบบหลายบรรทัด"
                   "ที่เปิดด้วย `\"\"\"` ต้องปิดด้วย `\"\"\"` ข้อความที่ยาวเกินหนึ่งบรรทัด เช่น "
                   "รายละเอียดผลการดำเนินงาน (`account`) ให้ใช้แบบ `\"\"\"`",
        .example = "title \"รายงานประจำปี",
        .fix = "title \"รายงานประจำปี\"",
        .fix_th = "title \"รายงานประจำปี\""}},
      {"E012",
       {.text = "A block opened with `{` was never closed with `}`. planc points at the `{` of the innermost open "
                "block.",
        .text_th = "บล็อกที่เปิดด้วย `{` ไม่ได้ปิดด้วย `}` planc จะชี้ไปที่ `{` ของบล็อกชั้นในสุดที่ยังไม่ได้ปิด",
        .example = "strategy 1 \"s\" {\n  indicator 1 \"i\" {\n    unit percent\n  }",
        .fix = "add the missing `}` on a line of its own after the block's last item",
        .fix_th = "เพิ่ม `}` ที่ขาดไป โดยขึ้นบรรทัดใหม่ต่อจากรายการสุดท้ายของบล็อก"}},
      {"E013",
       {.text = "Blocks are nested deeper than the limit (64 unless `--max-depth` says otherwise). A plan needs a "
                "few levels (strategy, indicator, sub-indicator, project); deep nesting is almost always a run of "
                "missing `}`, or not a plan at all.",
        .text_th = "บล็อกซ้อนกันลึกเกินขีดจำกัด (๖๔ ชั้น เว้นแต่กำหนดเป็นอย่างอื่นด้วย `--max-depth`) "
                   "แผนทั่วไปซ้อนกันเพียงไม่กี่ชั้น (ยุทธศาสตร์ ตัวชี้วัด ตัวชี้วัดย่อย โครงการ) "
                   "การซ้อนลึกขนาดนี้เกือบทุกครั้งเกิดจากลืมปิด `}` ต่อเนื่องกันหลายบล็อก หรือไฟล์นั้นไม่ใช่ไฟล์แผน",
        .example = "strategy 1 \"s\" {\n  indicator 1 \"a\" { unit percent\n  indicator 2 \"b\" { unit percent\n  ...\n"
                   "  indicator 64 \"z\" { unit percent",
        .fix = "close each block with `}`; or raise `--max-depth`",
        .fix_th = "ปิดแต่ละบล็อกด้วย `}` ให้ครบ หรือเพิ่มค่า `--max-depth`"}},
      {"E014",
       {.text = "Inside a text, a backslash starts an escape; only `\\\"`, `\\\\`, `\\n`, `\\t`, `\\/` and "
                "`\\u{hex}` are known. A backslash of its own, as in a Windows path, is written twice.",
        .text_th = "ภายในข้อความ เครื่องหมาย `\\` ใช้ขึ้นต้นรหัสพิเศษ (escape) ซึ่งมีเพียง `\\\"` `\\\\` `\\n` "
                   "`\\t` `\\/` และ `\\u{hex}` เท่านั้น หากต้องการเครื่องหมาย `\\` ตามตัว เช่น ในที่อยู่ไฟล์ของ "
                   "Windows ให้พิมพ์ซ้อนกันสองตัวเป็น `\\\\`",
        .example = "note \"C:\\plans\"",
        .fix = "note \"C:\\\\plans\"",
        .fix_th = "note \"C:\\\\plans\""}},
      {"E015",
       {.text = "Text copied from Word, a web page or a PDF brings characters a plan does not use, some of them "
                "invisible: a no-break space (`U+00A0`) or another special space where a space belongs; a "
                "zero-width space (`U+200B`, which some programs put between Thai words to mark where a line may "
                "break), a zero-width joiner or a byte order mark (`U+FEFF`) inside the file; curly quotes (`“` "
                "`”`) instead of `\"`; an en dash (`–`) instead of `-`; full-width digits and letters (`８０`). planc "
                "names the character by its code point and says what to write instead, then reads it as that (a "
                "space, nothing, `\"`, `-`, `80`) and goes on, so that one pasted character gives one error. Inside "
                "a text in quotes these characters are kept as they are.",
        .text_th = "ข้อความที่คัดลอกมาจาก Word หน้าเว็บ หรือ PDF มักมีอักขระที่ไฟล์แผนไม่ใช้ติดมาด้วย บางตัวมองไม่เห็น "
                   "เช่น ช่องว่างแบบไม่ตัดบรรทัด (`U+00A0`) หรือช่องว่างแบบพิเศษอื่น ๆ ในตำแหน่งที่ควรเป็นช่องว่างธรรมดา "
                   "ช่องว่างความกว้างศูนย์ (`U+200B` ซึ่งบางโปรแกรมแทรกไว้ระหว่างคำภาษาไทยเพื่อบอกจุดตัดคำ) "
                   "อักขระเชื่อมความกว้างศูนย์ หรือเครื่องหมายลำดับไบต์ (`U+FEFF`) กลางไฟล์ เครื่องหมายคำพูดแบบโค้ง "
                   "(`“` `”`) แทน `\"` ขีดกลางยาว (`–`) แทน `-` และตัวเลขหรือตัวอักษรเต็มความกว้าง (`８０`) "
                   "planc จะบอกรหัสของอักขระนั้น (`U+` ตามด้วยเลขฐานสิบหก) และบอกว่าควรพิมพ์อะไรแทน "
                   "แล้วอ่านต่อโดยถือว่าเป็นสิ่งนั้น (ช่องว่าง ไม่มีอะไร `\"` `-` หรือ `80`) "
                   "อักขระที่คัดลอกมาหนึ่งตัวจึงได้ข้อผิดพลาดเพียงข้อเดียว ส่วนอักขระเหล่านี้ที่อยู่ในข้อความ"
                   "ในเครื่องหมายคำพูด planc เก็บไว้ตามที่เขียน",
        .example = "target >= ８０ “ไม่น้อยกว่าร้อยละ ๘๐”",
        .fix = "target >= 80 \"ไม่น้อยกว่าร้อยละ ๘๐\"",
        .fix_th = "target >= 80 \"ไม่น้อยกว่าร้อยละ ๘๐\""}},

      // ---- E02x: structure of items
      {"E020",
       {.text = "This field does not exist where it is written. The hint suggests the closest field name, or lists "
                "the fields of that block. Field names are English; values may be Thai or English.",
        .text_th = "ไม่มีฟิลด์ชื่อนี้ในตำแหน่งที่เขียน คำแนะนำ (hint) จะเสนอชื่อฟิลด์ที่ใกล้เคียงที่สุด "
                   "หรือแสดงรายชื่อฟิลด์ทั้งหมดของบล็อกนั้น ชื่อฟิลด์เขียนเป็นภาษาอังกฤษเสมอ "
                   "ส่วนค่าของฟิลด์เขียนเป็นภาษาไทยหรือภาษาอังกฤษก็ได้",
        .example = "plan \"p\" { agancy \"a\" }",
        .fix = "plan \"p\" { agency \"a\" }",
        .fix_th = "plan \"p\" { agency \"a\" }"}},
      {"E021",
       {.text = "The field exists, but its values are not what it takes: a text where a number belongs, a name "
                "that is not one of the field's words, too many values, or a `result` with both a value and `na`. "
                "The message says what the field expects.",
        .text_th = "ฟิลด์นี้มีอยู่จริง แต่ค่าที่ใส่ไม่ใช่ค่าที่ฟิลด์นี้รับ เช่น ใส่ข้อความในที่ที่ต้องเป็นตัวเลข "
                   "ใส่คำที่ไม่อยู่ในรายการคำของฟิลด์นั้น ใส่ค่าเกินจำนวน หรือ `result` ที่ระบุทั้งค่าผลและ `na` "
                   "ข้อความแจ้งข้อผิดพลาดจะบอกว่าฟิลด์ต้องการค่าแบบใด",
        .example = "weight heavy",
        .fix = "weight 0.25",
        .fix_th = "weight 0.25"}},
      {"E022",
       {.text = "A field that holds one value is written twice in the same block; planc would not know which one "
                "is meant.",
        .text_th = "ฟิลด์ที่รับได้ค่าเดียวถูกเขียนซ้ำสองครั้งในบล็อกเดียวกัน planc จึงไม่ทราบว่าต้องการใช้ค่าใด",
        .example = "unit percent\nunit level",
        .fix = "keep the right `unit`, remove the other",
        .fix_th = "คงไว้เพียง `unit` ที่ถูกต้อง แล้วลบอีกบรรทัดออก"}},
      {"E023",
       {.text = "A declaration lacks a field it needs: a unit without `kind`, a scale without points.",
        .text_th = "การประกาศขาดฟิลด์ที่จำเป็น เช่น หน่วยนับ (`unit`) ที่ไม่ได้ระบุ `kind` "
                   "หรือเกณฑ์การให้คะแนน (`scale`) ที่ไม่มีจุดคะแนน (`point`)",
        .example = "unit ฉบับ { th \"ฉบับ\" }",
        .fix = "unit ฉบับ { kind count; th \"ฉบับ\" }",
        .fix_th = "unit ฉบับ { kind count; th \"ฉบับ\" }"}},
      {"E024",
       {.text = "planc keeps every number exact, as a fraction, never as binary floating point. A written number "
                "has at most 60 digits, and a fraction whose denominator is 0 (`1/0`) has no value. A number that "
                "long is usually a missing decimal point or separator.",
        .text_th = "planc เก็บตัวเลขทุกจำนวนเป็นเศษส่วนที่แม่นตรง ไม่ปัดเศษแบบเลขทศนิยมของคอมพิวเตอร์ "
                   "ตัวเลขที่เขียนในแผนยาวได้ไม่เกิน ๖๐ หลัก และเศษส่วนที่มีตัวส่วนเป็น ๐ (`1/0`) ไม่มีค่า "
                   "ตัวเลขที่ยาวเกินมักเกิดจากพิมพ์จุดทศนิยมหรือเครื่องหมายคั่นหลักตกไป",
        .example = "weight 1/0",
        .fix = "weight 1/4",
        .fix_th = "weight 1/4"}},
      {"E025",
       {.text = "Indicator numbers follow the report: whole numbers from 1 for strategies and indicators, N.M for "
                "a sub-indicator written inside indicator N, and strategy.indicator[.sub] in `result` "
                "(`result 3.8`, `result 2.2.1`).",
        .text_th = "หมายเลขตัวชี้วัดเขียนตามรายงาน คือ ยุทธศาสตร์และตัวชี้วัดใช้เลขจำนวนเต็มเริ่มที่ ๑ "
                   "ตัวชี้วัดย่อยใช้เลข N.M และเขียนไว้ในบล็อกของตัวชี้วัดที่ N ส่วนใน `result` "
                   "ให้เขียนเลขเต็มเป็น ยุทธศาสตร์.ตัวชี้วัด[.ตัวชี้วัดย่อย] เช่น `result 3.8` หรือ `result 2.2.1`",
        .example = "strategy 2 \"s\" {\n  indicator 2.1 \"...\" { unit percent }\n}",
        .fix = "indicator 2 \"...\" { indicator 2.1 \"...\" { unit percent } }",
        .fix_th = "indicator 2 \"...\" { indicator 2.1 \"...\" { unit percent } }"}},
      {"W026",
       {.text = "planc writes ที่ before each number of a level (\"มิติที่ 1\") and after the word where Thai needs "
                "it (\"ตัวชี้วัดที่มีผล\"). A level word that already ends in ที่, such as `levels \"มิติที่\"`, "
                "would print \"มิติที่ที่ 1\": planc reads it without the ที่ and says so. Only a usual level word "
                "with ที่ after it is read so; a word that merely ends in ที่, such as พื้นที่ (an area), is kept.",
        .text_th = "planc เติม ที่ หน้าเลขลำดับของแต่ละระดับให้เอง (\"มิติที่ ๑\") และหลังคำเมื่อภาษาไทยต้องใช้ "
                   "(\"ตัวชี้วัดที่มีผล\") ถ้าคำเรียกระดับลงท้ายด้วย ที่ อยู่แล้ว เช่น `levels \"มิติที่\"` "
                   "รายงานจะพิมพ์ \"มิติที่ที่ ๑\" planc จึงอ่านคำนั้นโดยตัด ที่ ออกและแจ้งให้ทราบ เฉพาะคำเรียก"
                   "ระดับที่ใช้กันทั่วไปซึ่งมี ที่ ต่อท้ายเท่านั้น คำที่ลงท้ายด้วย ที่ เป็นส่วนของคำ เช่น พื้นที่ "
                   "จะคงไว้ตามเดิม",
        .example = "plan \"...\" { levels \"มิติที่\" \"ตัวชี้วัด\" }",
        .fix = "plan \"...\" { levels \"มิติ\" \"ตัวชี้วัด\" }",
        .fix_th = "plan \"...\" { levels \"มิติ\" \"ตัวชี้วัด\" }"}},

      // ---- E03x: imports
      {"E030",
       {.text = "A `use` names a file that does not exist (relative to the file that has the `use`), or a standard "
                "file that planc does not have.",
        .text_th = "`use` อ้างถึงไฟล์ที่ไม่มีอยู่ (ที่อยู่ไฟล์นับจากไฟล์ที่มีบรรทัด `use` นั้น) "
                   "หรืออ้างถึงไฟล์มาตรฐาน (`std/...`) ที่ planc ไม่มี",
        .example = "use \"std/scale\"",
        .fix = "use \"std/scales\"",
        .fix_th = "use \"std/scales\""}},
      {"E031",
       {.text = "Files that use each other in a circle cannot be loaded: planc names the files of the cycle. A "
                "round file uses its plan file, never the other way round.",
        .text_th = "ไฟล์ที่ `use` กันเป็นวง เช่น ไฟล์ ก ใช้ไฟล์ ข และไฟล์ ข ใช้ไฟล์ ก จะโหลดไม่ได้ "
                   "planc จะแสดงรายชื่อไฟล์ในวงนั้น ไฟล์รอบการประเมินเป็นฝ่าย `use` ไฟล์แผนเสมอ "
                   "ไม่ใช่กลับกัน",
        .example = "// plan.plan\nuse \"2563-h1.plan\"\n\n// 2563-h1.plan\nuse \"plan.plan\"",
        .fix = "remove one of the `use` lines of the cycle (here, the one in `plan.plan`)",
        .fix_th = "ลบบรรทัด `use` บรรทัดหนึ่งในวงออก (ในตัวอย่างนี้คือบรรทัดใน `plan.plan`)"}},
      {"E032",
       {.text = "A plan may only use files inside the folder of the file given to planc, and its sub-folders. "
                "That keeps a plan self-contained and reviewable.",
        .text_th = "แผนจะ `use` ได้เฉพาะไฟล์ที่อยู่ในโฟลเดอร์ของไฟล์ที่ส่งให้ planc และโฟลเดอร์ย่อยเท่านั้น "
                   "เพื่อให้แผนครบถ้วนในตัวเองและตรวจทานได้",
        .example = "use \"../../other/plan.plan\"",
        .fix = "copy the file into the plan's folder and `use` the copy",
        .fix_th = "คัดลอกไฟล์นั้นมาไว้ในโฟลเดอร์ของแผน แล้วแก้ `use` ให้ชี้ไปที่ไฟล์ที่คัดลอกมา"}},
      {"W033",
       {.text = "The same file is used twice in one file; the second `use` does nothing.",
        .text_th = "ไฟล์เดียวกันถูก `use` สองครั้งในไฟล์เดียว บรรทัด `use` ที่สองไม่มีผลใด ๆ",
        .example = "use \"std/units\"\nuse \"std/units\"",
        .fix = "remove the second line",
        .fix_th = "ลบบรรทัด `use` ที่ซ้ำออก"}},
      {"E034",
       {.text = "A plan imports more files than the limit (256 unless `--max-imports` says otherwise), the "
                "standard library's included. The limit keeps a plan that imports itself under another name, or a "
                "generated tree of files, from loading without end.",
        .text_th = "แผนนำเข้าไฟล์ด้วย `use` มากเกินขีดจำกัด (๒๕๖ ไฟล์ เว้นแต่กำหนดเป็นอย่างอื่นด้วย "
                   "`--max-imports`) โดยนับรวมไฟล์มาตรฐาน (`std/...`) ด้วย ขีดจำกัดนี้ป้องกันไม่ให้แผนที่นำเข้าตัวเอง"
                   "ผ่านชื่ออื่น หรือชุดไฟล์ที่สร้างขึ้นด้วยโปรแกรม โหลดต่อไปไม่รู้จบ",
        .example = "// planc check plan.plan --max-imports 1\nuse \"std/units\"\nuse \"std/scales\"",
        .fix = "join small files, or raise `--max-imports`",
        .fix_th = "รวมไฟล์เล็ก ๆ เข้าด้วยกัน หรือเพิ่มค่า `--max-imports`"}},

      // ---- E04x: a plan folder
      {"E040",
       {.text = "`planc check DIR`, `eval DIR` and `trend DIR` take a plan folder: one file that declares the plan "
                "and a file per round. No `.plan` file directly in the folder declares `plan` (sub-folders are not "
                "searched).",
        .text_th = "คำสั่ง `planc check DIR`, `eval DIR` และ `trend DIR` รับโฟลเดอร์ของแผน ซึ่งมีไฟล์ที่ประกาศ `plan` "
                   "หนึ่งไฟล์ และไฟล์ของแต่ละรอบ แต่ในโฟลเดอร์นี้ไม่มีไฟล์ `.plan` ใดประกาศ `plan` "
                   "(planc ไม่ค้นในโฟลเดอร์ย่อย)",
        .example = "// results/2563-h1.plan\nuse \"../plan.plan\"\nround \"รอบ ๖ เดือน\" { year ๒๕๖๓; months ๖ }",
        .fix = "run planc on the folder that holds `plan.plan`, or create one with `planc init`",
        .fix_th = "สั่ง planc กับโฟลเดอร์ที่มี `plan.plan` หรือสร้างโฟลเดอร์แผนด้วย `planc init`"}},
      {"E041",
       {.text = "Two files of one folder declare a plan. A folder is one plan; its rounds would not know which to "
                "score.",
        .text_th = "ไฟล์สองไฟล์ในโฟลเดอร์เดียวกันประกาศ `plan` หนึ่งโฟลเดอร์คือหนึ่งแผน "
                   "ถ้ามีสองแผน รอบต่าง ๆ จะไม่รู้ว่าต้องประเมินตามแผนใด",
        .example = "// plan.plan:      plan \"แผน ๒๕๖๓ - ๒๕๖๕\" { ... }\n// plan-old.plan:  plan \"แผน ๒๕๖๐ - ๒๕๖๒\" { ... }",
        .fix = "move the other plan, with its rounds, into a folder of its own",
        .fix_th = "ย้ายแผนอีกแผนพร้อมไฟล์รอบของแผนนั้นไปไว้ในโฟลเดอร์ของตัวเอง"}},
      {"E042",
       {.text = "Two round files are the same round: the same fiscal year and the same months. A copy kept as a "
                "backup beside the real one is the usual cause; planc would not know which one the report is.",
        .text_th = "ไฟล์รอบสองไฟล์เป็นรอบเดียวกัน คือปีงบประมาณเดียวกันและจำนวนเดือนเดียวกัน "
                   "มักเกิดจากการเก็บสำเนาสำรองไว้ข้างไฟล์จริง ทำให้ไม่รู้ว่าไฟล์ใดคือรายงานของรอบนั้น",
        .example = "// 2563-h1.plan:      round \"รอบ ๖ เดือน\" { year ๒๕๖๓; months ๖ }\n"
                   "// 2563-h1-copy.plan: round \"รอบ ๖ เดือน\" { year ๒๕๖๓; months ๖ }",
        .fix = "remove the copy (git keeps the history), or correct `year` or `months`",
        .fix_th = "ลบไฟล์สำเนาออก (git เก็บประวัติไว้ให้แล้ว) หรือแก้ `year` หรือ `months` ให้ถูกต้อง"}},
      {"E043",
       {.text = "A round file of the folder scores another plan than the folder's (it `use`s another file with a "
                "`plan` header), or none.",
        .text_th = "ไฟล์รอบในโฟลเดอร์ประเมินตามแผนอื่นที่ไม่ใช่แผนของโฟลเดอร์ (`use` ไฟล์อื่นที่มี `plan`) "
                   "หรือไม่ได้ `use` แผนใดเลย",
        .example = "round \"รอบ ๖ เดือน\" { year ๒๕๖๓; months ๖ }   // no `use \"plan.plan\"`",
        .fix = "write `use \"plan.plan\"` (the folder's plan) at the top of the round",
        .fix_th = "เขียน `use \"plan.plan\"` (แผนของโฟลเดอร์) ไว้ที่บรรทัดแรกของไฟล์รอบ"}},
      {"E044",
       {.text = "The plan runs over several fiscal years, and a round does not say which year it reports on: its "
                "targets, weights and place among the rounds depend on it.",
        .text_th = "แผนครอบคลุมหลายปีงบประมาณ แต่รอบนี้ไม่ได้ระบุว่ารายงานผลของปีใด "
                   "ซึ่งค่าเป้าหมาย น้ำหนัก และลำดับของรอบขึ้นอยู่กับปีนั้น",
        .example = "use \"plan.plan\"   // years ๒๕๖๓ - ๒๕๖๕\nround \"รอบ ๖ เดือน\" { months ๖ }",
        .fix = "add `year` to the round: `round \"รอบ ๖ เดือน\" { year ๒๕๖๔; months ๖ }`",
        .fix_th = "เพิ่ม `year` ในส่วนหัวของรอบ เช่น `round \"รอบ ๖ เดือน\" { year ๒๕๖๔; months ๖ }`"}},
      {"W045",
       {.text = "A round's report shows the earlier rounds of its fiscal year beside it, and a committee's round "
                "shows the body's own assessment (`assessment self`) beside it, from the files of its folder. "
                "When one of those files has errors, its figures in the report are only as far as it could be "
                "scored (a misspelt id leaves a row unscored, and its overall is then wrong); a file whose round "
                "cannot even be read (unreadable, its header or its `use` broken) is not shown at all. planc says "
                "so in the run, at the round's name, with that file's first error, and in the report's findings; "
                "under `--strict` the report's run fails.",
        .text_th = "รายงานของรอบหนึ่งแสดงผลของรอบก่อนหน้าในปีงบประมาณเดียวกันไว้คู่กัน และรายงานของคณะกรรมการ"
                   "แสดงผลการประเมินตนเองของหน่วยงาน (`assessment self`) ไว้คู่กัน โดยอ่านจากไฟล์ในโฟลเดอร์เดียวกัน "
                   "ถ้าไฟล์ใดมีข้อผิดพลาด ตัวเลขของรอบนั้นในรายงานจะคิดได้เพียงบางส่วน (เช่น เลขตัวชี้วัดที่พิมพ์ผิด"
                   "ทำให้แถวนั้นไม่มีคะแนน และคะแนนภาพรวมผิดไปด้วย) planc จึงแจ้งในผลการตรวจที่ชื่อรอบ พร้อม"
                   "ข้อผิดพลาดแรกของไฟล์นั้น และแสดงในข้อสังเกตของรายงาน เมื่อใช้ `--strict` คำสั่งจะไม่ผ่าน",
        .example = "planc render 2566-12m.plan   // 2566-12m-self.plan: result 1.9 { value 80 }",
        .fix = "`planc check 2566-12m-self.plan`, then mend it",
        .fix_th = "ตรวจด้วย `planc check 2566-12m-self.plan` แล้วแก้ไข"}},

      // ---- E05x / W05x: a workbook read by `planc import`
      {"E050",
       {.text = "`planc import` cannot read the file as a workbook: it is not an Excel workbook (.xlsx) or a CSV "
                "file, it is protected by a password, it is an old .xls or an OpenDocument file, it is damaged, "
                "or it is larger than planc reads safely (a zip bomb, a sheet of a million rows, a cell of "
                "megabytes). The message says which, and the cell where the fault is in one.",
        .text_th = "`planc import` อ่านไฟล์นี้เป็นสมุดงานไม่ได้ เพราะไม่ใช่สมุดงาน Excel (.xlsx) หรือไฟล์ CSV "
                   "มีรหัสผ่านป้องกัน เป็นไฟล์ .xls รุ่นเก่าหรือไฟล์ OpenDocument ไฟล์เสียหาย "
                   "หรือใหญ่เกินกว่าที่ planc อ่านได้อย่างปลอดภัย ข้อความจะบอกสาเหตุ และบอกเซลล์ถ้าปัญหาอยู่ในเซลล์ใดเซลล์หนึ่ง",
        .example = "planc import งบประมาณ.xls -o แผน/",
        .fix = "open it in Excel or LibreOffice Calc and save a copy as an Excel workbook (.xlsx) or CSV (UTF-8), "
               "without a password",
        .fix_th = "เปิดไฟล์ในโปรแกรมตารางคำนวณ แล้วบันทึกสำเนาเป็นสมุดงาน (`.xlsx`) หรือไฟล์ `CSV` แบบ `UTF-8` "
                  "โดยไม่ตั้งรหัสผ่าน"}},
      {"E051",
       {.text = "The workbook's layout does not fit what `planc import` reads, or the rules file that describes it "
                "has a mistake: no row names the indicator's number and title columns, a sheet or column the rules "
                "name is not there, a directive is unknown or written wrongly, or the round's fiscal year is "
                "nowhere to be found.",
        .text_th = "ผังของสมุดงานไม่ตรงกับที่ `planc import` อ่านได้ หรือไฟล์กฎการนำเข้าที่อธิบายผังมีข้อผิดพลาด "
                   "เช่น ไม่มีแถวหัวตารางที่บอกคอลัมน์ลำดับและชื่อตัวชี้วัด ไม่มีชีตหรือคอลัมน์ที่กฎระบุ "
                   "ใช้คำสั่งที่ไม่มีหรือเขียนผิดรูปแบบ หรือไม่พบปีงบประมาณของรอบ",
        .example = "sheet \"ตัวชี้วัด\"\nheader-row สาม\ncolumn ผลลัพธ์ G",
        .fix = "describe the layout in a rules file (`sheet`, `header-row`, `column FIELD C`) and give it with "
               "`--rules`; give the year with `--year 2567`",
        .fix_th = "อธิบายผังของสมุดงานในไฟล์กฎการนำเข้า (`sheet` `header-row` `column FIELD C`) แล้วระบุด้วย "
                  "`--rules` และระบุปีงบประมาณด้วย `--year 2567`"}},
      {"E052",
       {.text = "A cell holds what its column cannot take: a result in words without a number, a weight or a "
                "budget that is not a number, an indicator's number that is not one, the same indicator twice, a "
                "project row with no indicator above it, a formula whose value was never saved, an error "
                "value such as `#DIV/0!`, target levels with a gap or without a scale that says what they earn. "
                "planc never skips such a cell: the import stops and writes nothing.",
        .text_th = "เซลล์มีค่าที่คอลัมน์นั้นรับไม่ได้ เช่น ผลการดำเนินงานเป็นถ้อยคำที่ไม่มีตัวเลข "
                   "น้ำหนักหรืองบประมาณที่ไม่ใช่ตัวเลข ลำดับตัวชี้วัดที่อ่านไม่ได้ ตัวชี้วัดเดียวกันสองแถว "
                   "แถวโครงการที่ไม่มีตัวชี้วัดอยู่ด้านบน สูตรที่ไม่ได้บันทึกค่าไว้ ค่าผิดพลาดอย่าง `#DIV/0!` "
                   "หรือค่าเป้าหมายหลายระดับที่เว้นระดับไว้หรือไม่มีเกณฑ์บอกคะแนนของแต่ละระดับ "
                   "planc จะไม่ข้ามเซลล์เหล่านี้ไปเฉย ๆ แต่หยุดการนำเข้าและไม่เขียนไฟล์ใด",
        .example = "ตัวชี้วัด!E12: ครึ่ง\nตัวชี้วัด!F14: =SUM(F2:F13)",
        .fix = "write the number in the cell (`0.5`, `๘๕`, `34%`), or `NA` with its reason in the note column; "
               "recalculate and save a workbook whose formulas have no values",
        .fix_th = "ใส่ตัวเลขในเซลล์ (`0.5` `๘๕` `34%`) หรือใส่ `NA` พร้อมเหตุผลในคอลัมน์หมายเหตุ "
                  "ถ้าสูตรไม่มีค่า ให้เปิดสมุดงานให้โปรแกรมคำนวณแล้วบันทึกใหม่"}},
      {"N054",
       {.text = "A result was edited in a workbook planc wrote: the result cell a person sees (\"ผล\") no longer "
                "says what planc's copy of it (\"ค่าของผล (ตัวเลข)\") says, or a row that was NA has a result now "
                "(or one that was scored says NA). The edited result is taken. The figures the workbook printed "
                "from the old result (the row's percent, score and weighted score, its strategy's and group's "
                "totals, the overall score) are out of date, so they are not written as the round's published "
                "figures: planc scores them anew, and `check` does not warn that they differ.",
        .text_th = "ผลถูกแก้ในสมุดงานที่ planc เขียน: เซลล์ผล (\"ผล\") ไม่ตรงกับสำเนาของ planc "
                   "(\"ค่าของผล (ตัวเลข)\") หรือแถวที่เคยเป็น NA มีผลแล้ว (หรือแถวที่เคยมีคะแนนกลายเป็น NA) "
                   "planc ใช้ผลที่แก้ ส่วนตัวเลขที่สมุดงานพิมพ์ไว้จากผลเดิม (ร้อยละ คะแนน และคะแนนถ่วงน้ำหนักของแถว "
                   "ยอดรวมของยุทธศาสตร์และกลุ่ม และคะแนนภาพรวม) ล้าสมัยแล้ว จึงไม่เขียนเป็นตัวเลขที่เผยแพร่ของรอบ "
                   "planc คิดใหม่ทั้งหมด และ `check` จะไม่เตือนว่าตัวเลขต่างกัน",
        .example = "ตัวชี้วัด!G2: 80   (ค่าของผล (ตัวเลข)!P2: 72)",
        .fix = "nothing: the note says what was taken; if the copy was the cell meant, make the result cell say the same",
        .fix_th = "ไม่ต้องแก้ ข้อความนี้บอกว่าใช้ค่าใด ถ้าตั้งใจแก้ที่สำเนา ให้แก้เซลล์ผลให้ตรงกันด้วย"}},
      {"W053",
       {.text = "The indicator's target is in words only (\"ค่าเป้าหมายตามรายโครงการ\"), so its result cannot be "
                "measured against it; the workbook gives the row's percent of target, and the imported row is "
                "scored on that percent (`basis direct`). The figures stay as the workbook has them, but planc "
                "did not compute the percent.",
        .text_th = "ค่าเป้าหมายของตัวชี้วัดเป็นถ้อยคำเท่านั้น (\"ค่าเป้าหมายตามรายโครงการ\") จึงเทียบผลกับค่าเป้าหมายไม่ได้ "
                   "แต่สมุดงานมีร้อยละของเป้าหมายของแถวนี้ แถวที่นำเข้าจึงให้คะแนนจากร้อยละนั้น (`basis direct`) "
                   "ตัวเลขจึงตรงกับสมุดงาน แต่ร้อยละไม่ได้คำนวณโดย planc",
        .example = "ตัวชี้วัด!F24: ค่าเป้าหมายตามรายโครงการ\nตัวชี้วัด!I24: 46.25",
        .fix = "give the target a number in the plan (`target >= 1 \"...\"`) or a scale `of value`, and the "
               "result its value",
        .fix_th = "ใส่ตัวเลขของค่าเป้าหมายในแผน (`target >= 1 \"...\"`) หรือใช้เกณฑ์ `of value` และใส่ค่าของผล"}},

      // ---- E1xx / W1xx: names and numbering
      {"E100",
       {.text = "Two declarations of the same kind share a name (two offices, units, scales or projects), the "
                "standard library's included (`std/units` declares `percent`). References by that name would be "
                "ambiguous.",
        .text_th = "มีการประกาศสองรายการประเภทเดียวกันที่ใช้ชื่อซ้ำกัน (หน่วยงาน หน่วยนับ เกณฑ์การให้คะแนน "
                   "หรือโครงการ) รวมถึงชื่อที่ไฟล์มาตรฐานประกาศไว้แล้ว (`std/units` ประกาศ `percent`) "
                   "การอ้างถึงด้วยชื่อนั้นจึงกำกวม ไม่ทราบว่าหมายถึงรายการใด",
        .example = "office hr \"Human resources\"\noffice hr \"Human relations\"",
        .fix = "give each its own name, or remove one",
        .fix_th = "ตั้งชื่อให้แต่ละรายการไม่ซ้ำกัน หรือลบรายการที่ซ้ำออก"}},
      {"E101",
       {.text = "A name is used that nothing declares: an office, a unit, a scale or a project. The hint suggests "
                "the closest declared name, or how to declare it. The standard units and scales are declared by "
                "`use \"std/units\"` and `use \"std/scales\"`.",
        .text_th = "มีการอ้างถึงชื่อที่ไม่ได้ประกาศไว้ ได้แก่ หน่วยงาน หน่วยนับ เกณฑ์การให้คะแนน หรือโครงการ "
                   "คำแนะนำจะเสนอชื่อที่ประกาศไว้ซึ่งใกล้เคียงที่สุด หรือบอกวิธีประกาศชื่อนั้น "
                   "หน่วยนับและเกณฑ์การให้คะแนนมาตรฐานต้องนำเข้าด้วย `use \"std/units\"` และ `use \"std/scales\"` ก่อน",
        .example = "unit percnt",
        .fix = "unit percent",
        .fix_th = "unit percent"}},
      {"E102",
       {.text = "Two strategies, or two indicators of one strategy, have the same number.",
        .text_th = "มียุทธศาสตร์สองรายการ หรือตัวชี้วัดสองตัวในยุทธศาสตร์เดียวกัน ที่ใช้หมายเลขซ้ำกัน",
        .example = "indicator 1 \"a\" { unit percent }\nindicator 1 \"b\" { unit percent }",
        .fix = "number them 1, 2 as the report does",
        .fix_th = "ให้หมายเลขเรียงเป็น ๑, ๒ ตามรายงาน"}},
      {"E103",
       {.text = "A `result` (or `reported`) names an indicator or strategy the plan does not have: often a "
                "mistyped number, or an indicator not yet added to the plan file.",
        .text_th = "`result` (หรือ `reported`) อ้างถึงตัวชี้วัดหรือยุทธศาสตร์ที่ไม่มีในแผน "
                   "มักเกิดจากพิมพ์หมายเลขผิด หรือยังไม่ได้เพิ่มตัวชี้วัดนั้นในไฟล์แผน",
        .example = "strategy 1 \"s\" {\n  indicator 1 \"a\" { unit percent; target >= 80 }\n}\n"
                   "result 1.2 { value 90 }",
        .fix = "result 1.1 { value 90 }",
        .fix_th = "result 1.1 { value 90 }"}},
      {"E104",
       {.text = "One indicator has two results in the round, or one strategy two published totals.",
        .text_th = "ตัวชี้วัดหนึ่งตัวมีผลการดำเนินงาน (`result`) สองรายการในรอบการประเมินเดียวกัน "
                   "หรือยุทธศาสตร์หนึ่งมีผลรวมคะแนนที่เผยแพร่ (`reported`) สองรายการ",
        .example = "result 1.1 { value 90 }\nresult 1.1 { value 95 }",
        .fix = "keep the right one, remove the other",
        .fix_th = "คงไว้เฉพาะรายการที่ถูกต้อง แล้วลบอีกรายการออก"}},
      {"E105",
       {.text = "No file of the plan has a `plan` header, so there is nothing to evaluate. A round file must `use` "
                "its plan file.",
        .text_th = "ไม่มีไฟล์ใดของแผนที่มีส่วนหัว `plan` จึงไม่มีแผนให้ประเมิน ไฟล์รอบการประเมินต้อง `use` "
                   "ไฟล์แผนที่มีส่วนหัวนั้น",
        .example = "use \"std/units\"\nstrategy 1 \"s\" {}",
        .fix = "add `use \"plan.plan\"` to the round file, or a header `plan \"...\" { ... }`",
        .fix_th = "เพิ่ม `use \"plan.plan\"` ในไฟล์รอบการประเมิน หรือเพิ่มส่วนหัว `plan \"...\" { ... }`"}},
      {"W106",
       {.text = "Strategies or indicators skip a number. It is often an indicator left out of the transcription.",
        .text_th = "หมายเลขยุทธศาสตร์หรือตัวชี้วัดข้ามไป (เช่น จาก ๑ ไป ๓) ซึ่งมักเกิดจากตัวชี้วัดตกหล่นไป"
                   "ตอนคัดลอกจากเอกสารแผน",
        .example = "indicator 1 \"a\" { unit percent }\nindicator 3 \"c\" { unit percent }",
        .fix = "add the missing indicator 2, or renumber",
        .fix_th = "เพิ่มตัวชี้วัดที่ ๒ ที่ขาดไป หรือเรียงหมายเลขใหม่"}},
      {"W107",
       {.text = "The round has no result for this indicator. It is treated as missing: no score, no weight. If "
                "the indicator is not measured in this round, say so with `na` and the reason, as the report does.",
        .text_th = "รอบการประเมินนี้ไม่มีผลการดำเนินงานของตัวชี้วัดนี้ planc จึงถือว่าขาดข้อมูล "
                   "ไม่คิดคะแนนและไม่นับน้ำหนัก หากตัวชี้วัดยังไม่ถึงกำหนดวัดผลในรอบนี้ "
                   "ให้ระบุ `na` พร้อมเหตุผลตามที่รายงานเขียนไว้",
        .example = "strategy 1 \"s\" {\n  indicator 1 \"a\" { unit percent; target >= 80 }\n"
                   "  indicator 2 \"b\" { unit percent; target >= 80 }\n}\nresult 1.1 { value 80 }",
        .fix = "result 1.2 { na \"ดำเนินการไตรมาสที่ ๔\" }",
        .fix_th = "result 1.2 { na \"ดำเนินการไตรมาสที่ ๔\" }"}},
      {"E108",
       {.text = "A result must give a value (`value`, `values`) or say it is NA with a reason (`na`).",
        .text_th = "ผลการดำเนินงาน (`result`) ต้องระบุค่าผล (`value` หรือ `values`) "
                   "หรือระบุว่าไม่มีผลในรอบนี้ (`na`) พร้อมเหตุผล",
        .example = "result 1.1 { account \"...\" }",
        .fix = "result 1.1 { value 80; account \"...\" }",
        .fix_th = "result 1.1 { value 80; account \"...\" }"}},
      {"E109",
       {.text = "A result's progress rows name the projects of its own indicator. This one names a project that "
                "another indicator lists, so its budget would be counted under the wrong indicator.",
        .text_th = "รายการความก้าวหน้าของโครงการ (`project`) ใน `result` ต้องเป็นโครงการของตัวชี้วัดนั้นเอง "
                   "แต่รายการนี้อ้างถึงโครงการที่อยู่ภายใต้ตัวชี้วัดอื่น งบประมาณและการเบิกจ่ายของโครงการ"
                   "จึงจะถูกนับไว้ผิดตัวชี้วัด",
        .example = "indicator 1 \"a\" { unit count; project camp \"ค่ายเยาวชน\" { budget 100 } }\n"
                   "indicator 2 \"b\" { unit count }\n"
                   "result 1.2 { value 1; project camp { disbursed 10; remaining 90 } }",
        .fix = "report the project under `result 1.1`, or list it under indicator 2 in the plan",
        .fix_th = "รายงานโครงการนี้ใน `result 1.1` หรือย้ายโครงการไปไว้ภายใต้ตัวชี้วัดที่ ๒ ในไฟล์แผน"}},

      // ---- weights
      {"E110",
       {.text = "The weights of a group (the scored indicators of a strategy, or weighted sub-indicators) must "
                "sum to 1, exactly: planc adds them as fractions, so 1/3 + 1/3 + 1/3 is 1 and 0.33 + 0.33 + 0.33 "
                "is not. Weights written in the plan sum to 1 over all the indicators of the group; weights "
                "written in a round's results sum to 1 over the rows that have a result, because in a round NA "
                "rows carry no weight and the strategy's score divides Σ (W × SM) by the weights that remain. The "
                "notes list every weight and the exact sum.",
        .text_th = "น้ำหนักของตัวชี้วัดในกลุ่มเดียวกัน (ตัวชี้วัดที่คิดคะแนนของยุทธศาสตร์หนึ่ง "
                   "หรือตัวชี้วัดย่อยที่กำหนดน้ำหนัก) ต้องมีผลรวมเท่ากับ ๑ พอดี planc บวกน้ำหนักแบบเศษส่วน "
                   "`1/3 + 1/3 + 1/3` จึงเท่ากับ ๑ แต่ `0.33 + 0.33 + 0.33` ไม่เท่ากับ ๑ "
                   "น้ำหนักที่กำหนดไว้ในไฟล์แผนต้องรวมกันได้ ๑ โดยนับทุกตัวชี้วัดของกลุ่ม "
                   "ส่วนน้ำหนักที่กำหนดใน `result` ของรอบการประเมินต้องรวมกันได้ ๑ โดยนับเฉพาะแถวที่มี"
                   "ผลการดำเนินงาน เพราะในแต่ละรอบ แถวที่เป็น NA ไม่มีน้ำหนัก และคะแนนของยุทธศาสตร์คำนวณจาก "
                   "Σ (W × SM) หารด้วยผลรวมน้ำหนักของตัวชี้วัดที่เหลือ หมายเหตุ (note) "
                   "ใต้ข้อความแจ้งข้อผิดพลาดจะแสดงน้ำหนักทุกตัวและผลรวมที่แน่นอน",
        .example = "indicator 1 \"a\" { unit percent; target >= 80; weight 0.5 }\n"
                   "indicator 2 \"b\" { unit percent; target >= 80; weight 1/3 }\n"
                   "indicator 3 \"c\" { unit percent; target >= 80; weight 0.16 }",
        .fix = "indicator 3 \"c\" { unit percent; target >= 80; weight 1/6 }",
        .fix_th = "indicator 3 \"c\" { unit percent; target >= 80; weight 1/6 }"}},
      {"W111",
       {.text = "As E110, but the round declares a `tolerance` and the sum is off by no more than it: a plan that "
                "transcribes a published report keeps the report's weights and gets a warning. The score still "
                "divides by the real sum, as the report's formula Σ (W × SM) ÷ Σ W says. In a round NA rows carry "
                "no weight: they are not in the sum, and the strategy divides by the weights that remain.",
        .text_th = "เช่นเดียวกับ E110 แต่รอบการประเมินกำหนด `tolerance` ไว้ และผลรวมน้ำหนักคลาดจาก ๑ "
                   "ไม่เกินค่าที่กำหนด แผนที่คัดลอกจากรายงานที่เผยแพร่แล้วจึงคงน้ำหนักตามรายงานไว้ได้ "
                   "โดยได้รับเพียงคำเตือน คะแนนของยุทธศาสตร์ยังคงหารด้วยผลรวมน้ำหนักจริง "
                   "ตามสูตร Σ (W × SM) ÷ Σ W ของรายงาน ในแต่ละรอบ แถวที่เป็น NA ไม่มีน้ำหนัก "
                   "จึงไม่นับรวมในผลรวมน้ำหนัก และคะแนนของยุทธศาสตร์หารด้วยผลรวมน้ำหนักของตัวชี้วัดที่เหลือ",
        .example = "round \"รอบ ๖ เดือน\" { months 6; tolerance 0.01 }\nresult 1.1 { weight 0.34; value 7 }\n"
                   "result 1.2 { weight 0.34; value 90 }\nresult 1.3 { weight 0.33; value 100 }",
        .fix = "make the weights sum to 1 in the next plan (0.34, 0.33, 0.33); until then the strategy divides "
               "by Σ W = 1.01",
        .fix_th = "แก้น้ำหนักในแผนฉบับถัดไปให้รวมได้ ๑ (เช่น ๐.๓๔, ๐.๓๓, ๐.๓๓) ระหว่างนี้คะแนนของยุทธศาสตร์"
                  "จะหารด้วยผลรวมน้ำหนัก ๑.๐๑"}},
      {"E112",
       {.text = "An NA row carries no weight in its round: the strategy's score divides Σ (W × SM) by the weights "
                "of the rows that have a result. A round that gives an NA row a weight would count it in Σ W "
                "without a score, and pull the strategy's score down. Remove the weight and share it among the "
                "scored rows, as the published report's scoring table does.",
        .text_th = "ในแต่ละรอบการประเมิน แถวที่เป็น NA ไม่มีน้ำหนัก คะแนนของยุทธศาสตร์คำนวณจาก Σ (W × SM) "
                   "หารด้วยผลรวมน้ำหนักของตัวชี้วัดที่มีผลการดำเนินงาน หากกำหนดน้ำหนักให้แถวที่เป็น NA "
                   "น้ำหนักนั้นจะถูกนับในผลรวมน้ำหนัก (Σ W) โดยไม่มีคะแนน ทำให้คะแนนของยุทธศาสตร์ต่ำกว่า"
                   "ความเป็นจริง ให้ลบน้ำหนักของแถวนั้นออก แล้วกระจายน้ำหนักไปยังตัวชี้วัดที่มีผล "
                   "เช่นเดียวกับตารางการให้คะแนนในรายงาน",
        .example = "result 1.1 { weight 0.5; value 90 }\nresult 1.2 { weight 0.5; na \"ดำเนินการไตรมาสที่ ๔\" }",
        .fix = "result 1.1 { weight 1; value 90 }; result 1.2 { na \"ดำเนินการไตรมาสที่ ๔\" }",
        .fix_th = "result 1.1 { weight 1; value 90 }; result 1.2 { na \"ดำเนินการไตรมาสที่ ๔\" }"}},
      {"E116",
       {.text = "An indicator gives a target or a weight for a fiscal year that is not one of the plan's `years`: "
                "no round of the plan can use it, so it is most likely a typing mistake in the year. Likewise a "
                "round whose `year` is not one of the plan's: its targets and weights would be another year's, or "
                "none.",
        .text_th = "ตัวชี้วัดกำหนดค่าเป้าหมายหรือน้ำหนักของปีงบประมาณที่ไม่อยู่ในช่วง `years` ของแผน "
                   "ไม่มีรอบใดของแผนใช้ค่านั้นได้ จึงน่าจะพิมพ์ปีผิด รอบที่ระบุ `year` นอกช่วงปีของแผนก็เช่นกัน "
                   "ค่าเป้าหมายและน้ำหนักที่ใช้จะเป็นของปีอื่นหรือไม่มีเลย",
        .example = "plan \"แผน ๒๕๖๖ - ๒๕๖๘\" { years ๒๕๖๖ - ๒๕๖๘ }\n...\n    target >= ๘๕ for ๒๕๖๙",
        .fix = "correct the year, or extend the plan's `years`",
        .fix_th = "แก้ปีให้ถูกต้อง หรือขยายช่วง `years` ของแผน"}},
      {"W117",
       {.text = "The plan says the indicator starts with a later round (`starts 9`: from the nine-month round), "
                "but this round gives it a result. Before it starts an indicator has no weight and no score, and "
                "the report shows it as not yet started; its result here is left out of the scores.",
        .text_th = "แผนกำหนดให้ตัวชี้วัดนี้เริ่มประเมินในรอบหลัง (`starts 9` คือเริ่มรอบ ๙ เดือน) แต่รอบนี้มีผล"
                   "ของตัวชี้วัดนี้ ก่อนถึงรอบที่เริ่มประเมิน ตัวชี้วัดไม่มีน้ำหนักและไม่มีคะแนน รายงานจะแสดงว่า"
                   "ยังไม่เริ่มประเมิน ผลที่ใส่ไว้ในรอบนี้จึงไม่นำมาคิดคะแนน",
        .example = "indicator 4 \"...\" { unit percent; target >= 80; weight 0.2; starts 9 }\n"
                   "round \"r\" { months 6 }   result 1.4 { value 50 }",
        .fix = "remove `result 1.4` from the six-month round, or write `starts 6` if it is measured from this round",
        .fix_th = "ลบ `result 1.4` ออกจากรอบ ๖ เดือน หรือแก้เป็น `starts 6` ถ้าตัวชี้วัดเริ่มวัดตั้งแต่รอบนี้"}},
      {"E113",
       {.text = "In a strategy whose rows are weighted, a row with a result has no weight: its score would be left "
                "out of the strategy's score. Every row with a value needs a weight; only NA rows go without one, "
                "as in a round NA rows carry no weight and the strategy divides by the weights that remain.",
        .text_th = "ในยุทธศาสตร์ที่กำหนดน้ำหนักให้ตัวชี้วัด มีตัวชี้วัดที่มีผลการดำเนินงานแต่ไม่มีน้ำหนัก "
                   "คะแนนของตัวชี้วัดนี้จึงไม่ถูกนับรวมในคะแนนของยุทธศาสตร์ ตัวชี้วัดทุกตัวที่มีค่าผลต้องมีน้ำหนัก "
                   "ยกเว้นแถวที่เป็น NA เท่านั้น เพราะในแต่ละรอบ แถวที่เป็น NA ไม่มีน้ำหนัก "
                   "และคะแนนของยุทธศาสตร์หารด้วยผลรวมน้ำหนักของตัวชี้วัดที่เหลือ",
        .example = "result 1.1 { weight 0.75; value 90 }\nresult 1.2 { value 70 }",
        .fix = "result 1.2 { weight 0.25; value 70 }",
        .fix_th = "result 1.2 { weight 0.25; value 70 }"}},
      {"E114",
       {.text = "An indicator is scored either from its own result, or (when its sub-indicators carry weights) as "
                "their weighted mean, not both.",
        .text_th = "ตัวชี้วัดหนึ่งตัวคิดคะแนนได้ทางเดียว คือ จากผลการดำเนินงานของตัวเอง หรือ "
                   "(เมื่อตัวชี้วัดย่อยมีน้ำหนัก) จากค่าเฉลี่ยถ่วงน้ำหนักของคะแนนตัวชี้วัดย่อย "
                   "จะใช้ทั้งสองทางพร้อมกันไม่ได้",
        .example = "indicator 1 \"a\" {\n  unit percent\n  target >= 80\n"
                   "  indicator 1.1 \"a1\" { unit percent; target >= 80; weight 0.5 }\n"
                   "  indicator 1.2 \"a2\" { unit percent; target >= 80; weight 0.5 }\n}\n"
                   "result 1.1 { value 90 }",
        .fix = "remove `result 1.1` (the indicator then scores its sub-indicators' weighted mean), or remove the "
               "sub-indicators' weights",
        .fix_th = "ลบ `result 1.1` ออก (ตัวชี้วัดจะได้คะแนนจากค่าเฉลี่ยถ่วงน้ำหนักของตัวชี้วัดย่อย) "
                  "หรือลบน้ำหนักของตัวชี้วัดย่อยออก"}},
      {"E115",
       {.text = "A weight is a share of its group, from 0 to 1: a decimal (0.25) or a fraction (1/4), not a "
                "percent (25). To leave a row out of a round, make it NA (`na` with the reason): in a round NA "
                "rows carry no weight, and the strategy divides by the weights that remain.",
        .text_th = "น้ำหนักคือสัดส่วนของตัวชี้วัดในกลุ่ม มีค่าตั้งแต่ ๐ ถึง ๑ เขียนเป็นทศนิยม (`0.25`) "
                   "หรือเศษส่วน (`1/4`) ไม่ใช่ร้อยละ (`25`) หากไม่นำตัวชี้วัดใดมาคิดคะแนนในรอบนี้ "
                   "ให้ระบุเป็น NA ด้วย `na` พร้อมเหตุผล ในแต่ละรอบ แถวที่เป็น NA ไม่มีน้ำหนัก "
                   "และคะแนนของยุทธศาสตร์หารด้วยผลรวมน้ำหนักของตัวชี้วัดที่เหลือ",
        .example = "weight 15",
        .fix = "weight 0.15",
        .fix_th = "weight 0.15"}},

      // ---- units and targets
      {"E120",
       {.text = "The target does not fit the unit: a percent target outside 0-100, a level target that is not a "
                "whole level or is above the scale's top level. A target above 100 usually means the unit is a "
                "count.",
        .text_th = "ค่าเป้าหมายไม่สอดคล้องกับหน่วยนับ เช่น ค่าเป้าหมายร้อยละที่อยู่นอกช่วง ๐–๑๐๐ "
                   "ค่าเป้าหมายระดับที่ไม่ใช่ระดับเต็ม หรือสูงกว่าระดับสูงสุดของเกณฑ์การให้คะแนน "
                   "ค่าเป้าหมายที่เกิน ๑๐๐ มักแสดงว่าหน่วยนับควรเป็นจำนวน (`count`) ไม่ใช่ร้อยละ",
        .example = "unit percent; target >= 120",
        .fix = "unit count; target >= 120",
        .fix_th = "unit count; target >= 120"}},
      {"E121",
       {.text = "The percent of target is result ÷ target; with a target of 0 it is undefined. planc refuses "
                "rather than dividing by zero.",
        .text_th = "ร้อยละของค่าเป้าหมายคำนวณจาก ผล ÷ ค่าเป้าหมาย เมื่อค่าเป้าหมายเป็น ๐ จึงหาค่าไม่ได้ "
                   "planc จะแจ้งข้อผิดพลาดแทนการหารด้วยศูนย์",
        .example = "target >= 0",
        .fix = "give a target above 0, or score the result itself with `basis direct`",
        .fix_th = "กำหนดค่าเป้าหมายที่มากกว่า ๐ หรือใช้ `basis direct` เพื่อคิดคะแนนจากค่าผลโดยตรง"}},
      {"E122",
       {.text = "The indicator is scored by ratio (result ÷ target) but has no numeric target (no target, or a "
                "target in words only).",
        .text_th = "ตัวชี้วัดนี้คิดคะแนนแบบเทียบสัดส่วน (ผล ÷ ค่าเป้าหมาย) แต่ไม่มีค่าเป้าหมายที่เป็นตัวเลข "
                   "(ไม่ได้กำหนด `target` หรือกำหนดเป็นข้อความอย่างเดียว)",
        .example = "target \"ตามที่ตกลง\"",
        .fix = "give a numeric target (`target >= 80`), or score the result itself with `basis direct`",
        .fix_th = "กำหนดค่าเป้าหมายเป็นตัวเลข (`target >= 80`) หรือใช้ `basis direct` เพื่อคิดคะแนนจากค่าผลโดยตรง"}},
      {"W123",
       {.text = "A result does not fit its unit: a negative value, or a success rate above 100 %.",
        .text_th = "ผลการดำเนินงานไม่สอดคล้องกับหน่วยนับ เช่น ค่าติดลบ หรืออัตราความสำเร็จที่เกินร้อยละ ๑๐๐",
        .example = "indicator 1 \"a\" { unit percent; target >= 80; basis direct }\nresult 1.1 { value 120 }",
        .fix = "check the figure against its source; a success rate is at most 100",
        .fix_th = "ตรวจสอบตัวเลขกับเอกสารต้นทางอีกครั้ง อัตราความสำเร็จไม่เกินร้อยละ ๑๐๐"}},
      {"E124",
       {.text = "Every indicator has a unit (หน่วยนับ): a percent, a level, a score or a count noun. The unit says "
                "how its target and result are read and checked.",
        .text_th = "ตัวชี้วัดทุกตัวต้องมีหน่วยนับ ได้แก่ ร้อยละ ระดับ คะแนน หรือหน่วยนับจำนวน เช่น เล่ม "
                   "ประเด็น หน่วยงาน หน่วยนับเป็นตัวกำหนดว่าจะอ่านและตรวจค่าเป้าหมายกับผลการดำเนินงานอย่างไร",
        .example = "indicator 1 \"Reports published\" { target >= 4; weight 1 }",
        .fix = "indicator 1 \"Reports published\" { unit เล่ม; target >= 4; weight 1 }",
        .fix_th = "indicator 1 \"Reports published\" { unit เล่ม; target >= 4; weight 1 }"}},

      // ---- W125-W129: figures that cannot be right
      {"W125",
       {.text = "A percent is written as a percent (95), not as a share of 1 (0.95) as a spreadsheet shows it. "
                "planc reads a percent target or result between 0 and 1 as such a share when the figure it is "
                "compared with says so: the indicator's result for a target (or its target for a result) is 1 or "
                "more and at least ten times it. A figure with nothing to compare with (no result yet, a "
                "per-project target) is flagged when every other percent of the plan and the round is 1 or more, "
                "so a plan of small percents (0.5 %, 0.3 %) gets no warning. Left as it is, 0.95 against a result "
                "of 92.5 is 9 736.84 % of target, and the indicator scores 5.",
        .text_th = "ร้อยละให้เขียนเป็นตัวเลขร้อยละ (๙๕) ไม่ใช่สัดส่วนของ ๑ (๐.๙๕) แบบที่ตารางคำนวณแสดง "
                   "planc ถือว่าค่าเป้าหมายหรือผลที่เป็นร้อยละซึ่งอยู่ระหว่าง ๐ ถึง ๑ เป็นสัดส่วนที่เขียนผิด "
                   "เมื่อตัวเลขที่ใช้เทียบกันบ่งชี้เช่นนั้น คือ ผลของตัวชี้วัด (สำหรับค่าเป้าหมาย) "
                   "หรือค่าเป้าหมาย (สำหรับผล) มีค่าตั้งแต่ ๑ ขึ้นไปและมากกว่าอย่างน้อย ๑๐ เท่า "
                   "ส่วนตัวเลขที่ไม่มีค่าให้เทียบ (ยังไม่มีผล หรือค่าเป้าหมายตามรายโครงการ) จะแจ้งเตือนเมื่อร้อยละอื่นทุกค่า"
                   "ในแผนและรอบการประเมินมีค่าตั้งแต่ ๑ ขึ้นไป แผนที่มีร้อยละน้อย ๆ จริง (ร้อยละ ๐.๕ หรือ ๐.๓) "
                   "จึงไม่ถูกเตือน หากปล่อยไว้ ค่าเป้าหมาย ๐.๙๕ กับผล ๙๒.๕ จะได้ร้อยละของค่าเป้าหมาย ๙,๗๓๖.๘๔ "
                   "และได้คะแนน ๕",
        .example = "indicator 1 \"a\" { unit percent; target >= 0.95; weight 1 }\nresult 1.1 { value 92.5 }",
        .fix = "indicator 1 \"a\" { unit percent; target >= 95; weight 1 }",
        .fix_th = "indicator 1 \"a\" { unit percent; target >= 95; weight 1 }"}},
      {"W126",
       {.text = "A level indicator's result is a whole level reached, from 1 to the indicator's top level: the top "
                "point of its scale when the scale reads the level itself (`of value`, as `milestone` does), "
                "otherwise 5, or its target when that is higher. A level 3.5 or a level 6 of five is a figure "
                "copied wrong, or a score or a count in the wrong place.",
        .text_th = "ผลของตัวชี้วัดที่เป็นระดับคือระดับที่บรรลุแล้วซึ่งเป็นระดับเต็ม ตั้งแต่ ๑ "
                   "ถึงระดับสูงสุดของตัวชี้วัด ได้แก่ จุดสูงสุดของเกณฑ์การให้คะแนน เมื่อเกณฑ์นั้นให้คะแนนจากระดับโดยตรง "
                   "(`of value` เช่น `milestone`) มิฉะนั้นคือระดับ ๕ หรือค่าเป้าหมายหากสูงกว่า ๕ "
                   "ผลระดับ ๓.๕ หรือระดับ ๖ จากห้าระดับ มักเป็นตัวเลขที่คัดลอกผิด "
                   "หรือเป็นคะแนนหรือจำนวนที่กรอกผิดช่อง",
        .example = "indicator 1 \"a\" { unit level; target >= 4; scale milestone; weight 1 }\n"
                   "result 1.1 { value 3.5 }",
        .fix = "result 1.1 { value 3 }",
        .fix_th = "result 1.1 { value 3 }"}},
      {"W127",
       {.text = "A unit that counts things (villages, people, reports: `count` and the count nouns of `std/units`, "
                "or a plan's own unit whose Thai label is one of them) has whole numbers: 32.5 villages is a "
                "figure copied wrong, or a percent of the villages. Units that measure an amount (`บาท`, "
                "`ล้านบาท`, `ชั่วโมง`, `วัน`, `เดือน`, and a plan's own units with other labels) may have fractions.",
        .text_th = "หน่วยนับที่นับเป็นชิ้นเป็นอัน (หมู่บ้าน คน เล่ม: `count` และหน่วยนับจำนวนของ `std/units` "
                   "หรือหน่วยนับที่แผนประกาศเองซึ่งมีชื่อภาษาไทยตรงกับหน่วยเหล่านั้น) ต้องเป็นจำนวนเต็ม "
                   "หมู่บ้าน ๓๒.๕ แห่งจึงเป็นตัวเลขที่คัดลอกผิด หรือเป็นร้อยละของหมู่บ้าน "
                   "ส่วนหน่วยที่วัดปริมาณ (`บาท` `ล้านบาท` `ชั่วโมง` `วัน` `เดือน` "
                   "และหน่วยนับที่แผนประกาศเองด้วยชื่ออื่น) มีทศนิยมได้",
        .example = "indicator 1 \"a\" { unit หมู่บ้าน; target >= 40; weight 1 }\nresult 1.1 { value 32.5 }",
        .fix = "indicator 1 \"a\" { unit percent; target >= 80; weight 1 }\nresult 1.1 { value 32.5 }",
        .fix_th = "indicator 1 \"a\" { unit percent; target >= 80; weight 1 }\nresult 1.1 { value 32.5 }"}},
      {"W128",
       {.text = "An indicator measured per project (its target is `per-project`, or its result gives several "
                "`values`) has one value per project, in the order of the plan's projects. A project that is not "
                "started, postponed or cancelled in this round may have none. More values than projects, or fewer "
                "than the projects under way, means a value is missing, one too many, or under the wrong "
                "indicator; the mean would be of the wrong values.",
        .text_th = "ตัวชี้วัดที่วัดผลรายโครงการ (ค่าเป้าหมายเป็น `per-project` หรือผลมีหลายค่าด้วย `values`) "
                   "มีผลหนึ่งค่าต่อหนึ่งโครงการ เรียงตามลำดับโครงการในแผน โครงการที่ยังไม่ดำเนินการ เลื่อน "
                   "หรือยกเลิกในรอบนี้ไม่ต้องมีผลก็ได้ หากจำนวนผลมากกว่าจำนวนโครงการ หรือน้อยกว่าจำนวนโครงการ"
                   "ที่ดำเนินการอยู่ แสดงว่าขาดไปหนึ่งค่า เกินมาหนึ่งค่า หรือกรอกผิดตัวชี้วัด "
                   "ค่าเฉลี่ยที่ได้จึงคลาดเคลื่อน",
        .example = "indicator 1 \"a\" {\n  unit percent; target per-project \"x\"; basis direct; weight 1\n"
                   "  project a \"A\" { budget 10 }\n  project b \"B\" { budget 10 }\n"
                   "  project c \"C\" { budget 10 }\n}\nresult 1.1 { values 50, 35 }",
        .fix = "result 1.1 { values 50, 35, 50 }",
        .fix_th = "result 1.1 { values 50, 35, 50 }"}},
      {"W129",
       {.text = "A comma followed by exactly three digits is a thousands separator, so `100,750` is the one number "
                "100750. planc warns when such a number was likely meant as a list: in the result of an indicator "
                "measured per project, when splitting it at the commas gives one value per project; or as a "
                "percent above 100 whose parts are each at most 100 (`90,100`). Put a space after each comma of "
                "a list.",
        .text_th = "จุลภาคที่ตามด้วยตัวเลข ๓ หลักพอดีเป็นตัวคั่นหลักพัน `100,750` จึงเป็นตัวเลขค่าเดียว "
                   "คือ ๑๐๐๗๕๐ planc จะเตือนเมื่อตัวเลขลักษณะนี้น่าจะตั้งใจเขียนเป็นรายการ ได้แก่ "
                   "ผลของตัวชี้วัดที่วัดผลรายโครงการ ซึ่งเมื่อแยกตามจุลภาคแล้วได้หนึ่งค่าต่อหนึ่งโครงการพอดี "
                   "หรือร้อยละที่เกิน ๑๐๐ ซึ่งแต่ละส่วนไม่เกิน ๑๐๐ (`90,100`) "
                   "รายการตัวเลขต้องเว้นวรรคหลังจุลภาคทุกตัว",
        .example = "indicator 1 \"a\" {\n  unit percent; target per-project \"x\"; basis direct; weight 1\n"
                   "  project a \"A\" { budget 10 }\n  project b \"B\" { budget 10 }\n}\n"
                   "result 1.1 { values 100,750 }",
        .fix = "result 1.1 { values 100, 750 }",
        .fix_th = "result 1.1 { values 100, 750 }"}},

      // ---- budgets, scales, arithmetic
      {"E130",
       {.text = "When a project's budget, disbursed amount and remaining amount are all given, budget − disbursed "
                "must equal remaining, to the satang.",
        .text_th = "เมื่อระบุงบประมาณ เบิกจ่าย และคงเหลือของโครงการครบทั้งสามรายการ งบประมาณ − เบิกจ่าย "
                   "ต้องเท่ากับคงเหลือพอดีถึงหลักสตางค์",
        .example = "project camp { budget 1,700,000; disbursed 34,943.72; remaining 1,665,065.28 }",
        .fix = "project camp { budget 1,700,000; disbursed 34,943.72; remaining 1,665,056.28 }",
        .fix_th = "project camp { budget 1,700,000; disbursed 34,943.72; remaining 1,665,056.28 }"}},
      {"E131",
       {.text = "A scale must be a function planc can use: points at distinct values, scores that only rise (or "
                "only fall) as the value grows, and a first point above 0 when it is proportional below it.",
        .text_th = "เกณฑ์การให้คะแนน (`scale`) ต้องเป็นเกณฑ์ที่ planc ใช้คิดคะแนนได้ คือ จุดคะแนน (`point`) "
                   "แต่ละจุดอยู่ที่ค่าไม่ซ้ำกัน เมื่อค่าที่วัดเพิ่มขึ้น คะแนนต้องเพิ่มขึ้นตลอด (หรือลดลงตลอด) "
                   "และหากต่ำกว่าจุดแรกคิดแบบเทียบสัดส่วน (`below proportional`) จุดแรกต้องมากกว่า ๐",
        .example = "scale zigzag {\n  point 60 -> 1\n  point 70 -> 3\n  point 80 -> 2\n}",
        .fix = "scale zigzag { point 60 -> 1; point 70 -> 2; point 80 -> 3 }",
        .fix_th = "scale zigzag { point 60 -> 1; point 70 -> 2; point 80 -> 3 }"}},
      {"E132",
       {.text = "A figure cannot be computed exactly: the fractions involved outgrow planc's exact arithmetic "
                "(1024 bits, some 300 digits). planc refuses rather than round silently. It takes many weights "
                "with long, unrelated denominators to get there.",
        .text_th = "คำนวณตัวเลขนี้ให้แม่นตรงไม่ได้ เพราะเศษส่วนที่เกี่ยวข้องใหญ่เกินกว่าที่ planc คำนวณแบบแม่นตรงได้ "
                   "(๑,๐๒๔ บิต หรือราว ๓๐๐ หลัก) planc จะแจ้งข้อผิดพลาดแทนการปัดเศษโดยไม่แจ้งให้ทราบ "
                   "กรณีนี้เกิดจากน้ำหนักจำนวนมากที่มีตัวส่วนยาวและไม่สัมพันธ์กัน",
        .example = "indicator 1 \"a\" { unit count; weight 1/999999999999999999999999999999999999999999999999999999999989 }\n"
                   "indicator 2 \"b\" { unit count; weight 1/999999999999999999999999999999999999999999999999999999999971 }\n"
                   "...\n"
                   "indicator 6 \"f\" { unit count; weight 1/999999999999999999999999999999999999999999999999999999999917 }",
        .fix = "write the weights as simple fractions or decimals (`1/6`, `0.17`)",
        .fix_th = "เขียนน้ำหนักเป็นเศษส่วนอย่างง่ายหรือทศนิยม (`1/6`, `0.17`)"}},
      {"E133",
       {.text = "An indicator is scored through a scale (เกณฑ์การให้คะแนน): its own, its strategy's, or the plan's "
                "default. This one has none, so it has a percent of target but no score.",
        .text_th = "ตัวชี้วัดคิดคะแนนผ่านเกณฑ์การให้คะแนน (`scale`) ซึ่งกำหนดได้ที่ตัวชี้วัดเอง ที่ยุทธศาสตร์ "
                   "หรือเป็นค่าเริ่มต้นของทั้งแผน ตัวชี้วัดนี้ไม่ได้กำหนดเกณฑ์ไว้ที่ใดเลย "
                   "จึงคำนวณร้อยละของค่าเป้าหมายได้แต่ให้คะแนนไม่ได้",
        .example = "use \"std/units\"\nplan \"p\" {}\nstrategy 1 \"s\" {\n"
                   "  indicator 1 \"a\" { unit percent; target >= 80; weight 1 }\n}",
        .fix = "use \"std/scales\"; plan \"p\" { scale five-band }",
        .fix_th = "use \"std/scales\"; plan \"p\" { scale five-band }"}},
      {"W134",
       {.text = "A project cannot disburse more than its budget, nor have more remaining than its budget (its "
                "budget in the round, else in the plan). Such a figure usually has a digit too many. When the "
                "budget itself changed during the year, give the new one in the round's `project` row. A "
                "remaining above the budget beside a disbursed amount is E130 instead (the three cannot add up).",
        .text_th = "โครงการเบิกจ่ายเกินงบประมาณไม่ได้ และคงเหลือมากกว่างบประมาณไม่ได้ (งบประมาณที่ระบุในรอบการประเมิน "
                   "หรือในแผนหากรอบไม่ได้ระบุ) ตัวเลขลักษณะนี้มักพิมพ์เกินไปหนึ่งหลัก "
                   "หากงบประมาณของโครงการเปลี่ยนระหว่างปี ให้ระบุงบประมาณใหม่ใน `project` ของรอบการประเมิน "
                   "ส่วนคงเหลือที่มากกว่างบประมาณเมื่อระบุเบิกจ่ายไว้ด้วยจะแจ้งเป็น E130 แทน "
                   "(เพราะตัวเลขทั้งสามไม่สอดคล้องกัน)",
        .example = "project camp \"Youth camp\" { budget 500,000 }\n"
                   "project camp { disbursed 5,200,000 }",
        .fix = "project camp { disbursed 520,000 }",
        .fix_th = "project camp { disbursed 520,000 }"}},
      {"W135",
       {.text = "A budget, an amount disbursed or an amount remaining is money, never negative. A `-` before it "
                "is a typing slip; a project that spent more than its budget shows a disbursed above the budget "
                "(W134) and nothing remaining, not a negative remaining. A negative count target or result is "
                "E120 or W123.",
        .text_th = "งบประมาณ จำนวนที่เบิกจ่าย และจำนวนคงเหลือเป็นจำนวนเงิน จึงติดลบไม่ได้ "
                   "เครื่องหมาย `-` ข้างหน้ามักพิมพ์เกินมา โครงการที่ใช้เงินเกินงบประมาณให้แสดงเป็นเบิกจ่าย"
                   "ที่มากกว่างบประมาณ (W134) และคงเหลือเป็น ๐ ไม่ใช่คงเหลือติดลบ "
                   "ค่าเป้าหมายหรือผลที่เป็นจำนวนนับติดลบจะแจ้งเป็น E120 หรือ W123",
        .example = "project camp { disbursed 60,000; remaining -5,000 }",
        .fix = "project camp { disbursed 60,000; remaining 5,000 }",
        .fix_th = "project camp { disbursed 60,000; remaining 5,000 }"}},

      // ---- W14x: published figures
      {"W140",
       {.text = "The `reported` figures of a row (as printed in a published report) differ from the recomputed "
                "ones at the printed precision.",
        .text_th = "ตัวเลขรายตัวชี้วัดที่รายงานฉบับเผยแพร่พิมพ์ไว้ (`reported`) ไม่ตรงกับตัวเลขที่ planc "
                   "คำนวณใหม่ เมื่อเทียบที่จำนวนตำแหน่งทศนิยมเท่ากับที่พิมพ์",
        .example = "reported { score 1.76 }   // 1.67",
        .fix = "correct the published table, or check the row's result, target and weight",
        .fix_th = "แก้ไขตารางในรายงาน หรือตรวจสอบผล ค่าเป้าหมาย และน้ำหนักของแถวนั้นอีกครั้ง"}},
      {"W141",
       {.text = "A published strategy total or overall figure differs from the recomputed one. planc says by how "
                "much and looks for the cause: a sum not divided by Σ W, one row left out, an overall figure "
                "computed from wrong strategy figures, or an overall that is the strategies' weighted mean in a "
                "plan that forgot `overall weighted` (then the plan is what to mend, not the figure).",
        .text_th = "คะแนนรวมของยุทธศาสตร์ หรือคะแนนภาพรวม ที่รายงานฉบับเผยแพร่พิมพ์ไว้ ไม่ตรงกับที่คำนวณใหม่ "
                   "planc จะบอกว่าต่างกันเท่าใดและหาสาเหตุให้ เช่น ผลรวม Σ (W × SM) ที่ไม่ได้หารด้วยผลรวมน้ำหนัก "
                   "(Σ W) ตัวชี้วัดที่ตกหล่นไปหนึ่งตัว คะแนนภาพรวมที่คำนวณจากคะแนนยุทธศาสตร์ที่ผิด หรือคะแนน"
                   "ภาพรวมที่เป็นค่าเฉลี่ยถ่วงน้ำหนักของยุทธศาสตร์ในแผนที่ไม่ได้ระบุ `overall weighted` (กรณีนี้ให้แก้"
                   "แผน ไม่ใช่แก้ตัวเลข)",
        .example = "reported 3 { score 4.44 }   // 4.69 = 4.44 + 0.05 × 5 (3.8)",
        .fix = "publish the recomputed figure",
        .fix_th = "แก้ไขรายงานให้ใช้ตัวเลขที่คำนวณใหม่"}},
      {"W142",
       {.text = "A published row has a score but an empty weighted-score cell; a total that adds the printed "
                "cells leaves the row out.",
        .text_th = "แถวของตัวชี้วัดในรายงานฉบับเผยแพร่มีคะแนนที่ได้ (SM) แต่ช่องคะแนนถ่วงน้ำหนัก (W × SM) "
                   "ว่างไว้ หากรวมคะแนนจากช่องที่พิมพ์ไว้ ผลรวมจะขาดตัวชี้วัดนี้ไป",
        .example = "result 3.8 { weight 0.05; value 2,728; reported { percent 100; score 5 } }",
        .fix = "result 3.8 { weight 0.05; value 2,728; reported { percent 100; score 5; weighted 0.25 } }",
        .fix_th = "result 3.8 { weight 0.05; value 2,728; reported { percent 100; score 5; weighted 0.25 } }"}},
      {"W143",
       {.text = "The published Σ W of a strategy differs from the sum of its weights.",
        .text_th = "ผลรวมน้ำหนัก (Σ W) ของยุทธศาสตร์ที่รายงานฉบับเผยแพร่พิมพ์ไว้ ไม่เท่ากับผลรวมของน้ำหนักจริง",
        .example = "reported 1 { weight-sum 1 }   // 0.34 + 0.34 + 0.33 = 1.01",
        .fix = "fix the weights, or the published sum",
        .fix_th = "แก้น้ำหนักให้รวมได้ ๑ หรือแก้ผลรวมน้ำหนักที่พิมพ์ในรายงาน"}},
      // ---- every agency's method: given scores, target levels, the table's shape
      {"E118",
       {.text = "Many tables record a score an assessor gave (a committee's 4.8 of 5) instead of a result scored "
                "through bands. Such an indicator says `basis given` in the plan, and its results give a `score`. "
                "planc reports a `score` for an indicator the plan scores through its scale, a `value` for one "
                "whose score is given, and a given score outside its scale's scores. A given score has no percent.",
        .text_th = "ตารางของหลายหน่วยงานบันทึกคะแนนที่ผู้ประเมินให้ (เช่น คณะกรรมการให้ ๔.๘ จาก ๕) แทนผลที่นำไป"
                   "คิดคะแนนตามเกณฑ์ ตัวชี้วัดแบบนี้ต้องระบุ `basis given` ในแผน และผลของแต่ละรอบระบุเป็น `score` "
                   "planc จะแจ้งเมื่อผลระบุ `score` ให้ตัวชี้วัดที่แผนคิดคะแนนตามเกณฑ์ เมื่อตัวชี้วัดที่ผู้ประเมินให้คะแนน"
                   "กลับระบุ `value` และเมื่อคะแนนที่ให้อยู่นอกช่วงคะแนนของเกณฑ์ คะแนนที่ผู้ประเมินให้ไม่มีร้อยละ",
        .example = "indicator 1 \"...\" { unit score; basis given; weight 0.5 }\nresult 1.1 { value 4.8 }",
        .fix = "result 1.1 { score 4.8 }",
        .fix_th = "result 1.1 { score 4.8 }"}},
      {"W119",
       {.text = "A strategy's weight counts only where the plan weighs its strategies: `overall weighted`, and "
                "weights that are not points. Under `overall mean` (the default) the overall is the plain mean of "
                "the strategies, under `overall none` there is no overall, and under `weights points` the total is "
                "the sum of the rows' points, so a strategy's `weight` changes nothing. planc says so once, at the "
                "first such weight, so that 70 : 30 written on two strategies is not believed to weigh anything. "
                "(Under `overall weighted` with `weights whole` a strategy's weight makes its contribution, W × "
                "its score, and counts.)",
        .text_th = "น้ำหนักของยุทธศาสตร์ใช้คิดคะแนนเฉพาะเมื่อแผนถ่วงน้ำหนักยุทธศาสตร์ คือระบุ `overall weighted` "
                   "และน้ำหนักไม่ได้เป็นคะแนน (`weights points`) เมื่อระบุ `overall mean` (ค่าเริ่มต้น) คะแนนภาพรวม"
                   "คือค่าเฉลี่ยของยุทธศาสตร์ เมื่อระบุ `overall none` ไม่มีคะแนนภาพรวม และเมื่อระบุ "
                   "`weights points` คะแนนรวมคือผลรวมคะแนนของแถว `weight` ของยุทธศาสตร์จึงไม่มีผล planc แจ้ง"
                   "ครั้งเดียวที่น้ำหนักแรก เพื่อไม่ให้เข้าใจว่าน้ำหนัก ๗๐ : ๓๐ ที่เขียนไว้ถูกนำมาคิด (เมื่อระบุ "
                   "`overall weighted` กับ `weights whole` น้ำหนักของยุทธศาสตร์ใช้คิดคะแนนถ่วงน้ำหนัก W × คะแนน "
                   "จึงมีผล)",
        .example = "plan \"...\" { overall mean }\nstrategy 1 \"...\" { weight 0.7 }\nstrategy 2 \"...\" { weight 0.3 }",
        .fix = "plan \"...\" { overall weighted }",
        .fix_th = "plan \"...\" { overall weighted }"}},
      {"E136",
       {.text = "An indicator with three target levels (base, standard, advanced: ขั้นต้น มาตรฐาน ขั้นสูง) writes "
                "them in order, `target levels 70 80 90` (falling when lower is better: `levels 30 20 10`), and is "
                "scored on a scale `of level` that gives each level its points, such as `three-level-50-75-100`. "
                "planc reports levels out of order, levels scored on a percent scale, and a level scale for an "
                "indicator whose target is not in levels.",
        .text_th = "ตัวชี้วัดที่มีค่าเป้าหมาย ๓ ระดับ (ขั้นต้น มาตรฐาน ขั้นสูง) ต้องเขียนระดับเรียงกัน เช่น "
                   "`target levels 70 80 90` (ถ้ายิ่งน้อยยิ่งดี ให้เรียงจากมากไปน้อย เช่น `levels 30 20 10`) และใช้"
                   "เกณฑ์แบบ `of level` ที่กำหนดคะแนนของแต่ละระดับ เช่น `three-level-50-75-100` planc จะแจ้งเมื่อ"
                   "ระดับไม่เรียงลำดับ เมื่อใช้เกณฑ์ร้อยละกับค่าเป้าหมายแบบระดับ และเมื่อใช้เกณฑ์แบบระดับกับ"
                   "ตัวชี้วัดที่ค่าเป้าหมายไม่ได้กำหนดเป็นระดับ",
        .example = "indicator 1 \"...\" { unit percent; target levels 70 90 80; scale three-level-50-75-100 }",
        .fix = "indicator 1 \"...\" { unit percent; target levels 70 80 90; scale three-level-50-75-100 }",
        .fix_th = "indicator 1 \"...\" { unit percent; target levels 70 80 90; scale three-level-50-75-100 }"}},
      {"E137",
       {.text = "A plan may gather its strategies in groups with weights of their own (a performance part at 70 % "
                "and a capacity part at 30 %): `group 1 \"...\" { weight 70; strategy 1 \"...\" { ... } }`. A "
                "group's score combines its strategies as the plan's `overall` says, and the overall score is "
                "Σ (W × group score) ÷ Σ W over the groups. Once a plan has groups, a strategy written outside "
                "every group would count nowhere, so planc reports it.",
        .text_th = "แผนอาจรวมยุทธศาสตร์เป็นกลุ่มที่มีน้ำหนักของตนเอง (เช่น ส่วนผลการปฏิบัติงานร้อยละ ๗๐ และส่วน"
                   "ศักยภาพร้อยละ ๓๐) โดยเขียน `group 1 \"...\" { weight 70; strategy 1 \"...\" { ... } }` คะแนนของ"
                   "กลุ่มรวมคะแนนของยุทธศาสตร์ในกลุ่มตามที่ `overall` ของแผนกำหนด และคะแนนรวมคือ Σ (W × คะแนนกลุ่ม)"
                   " ÷ Σ W เมื่อแผนมีกลุ่มแล้ว ยุทธศาสตร์ที่เขียนไว้นอกกลุ่มจะไม่ถูกนับในคะแนนใดเลย planc จึงแจ้ง",
        .example = "group 1 \"Performance\" { weight 70; strategy 1 \"a\" { } }\nstrategy 2 \"b\" { }",
        .fix = "group 1 \"Performance\" { weight 70; strategy 1 \"a\" { } }\ngroup 2 \"Potential\" { weight 30; "
               "strategy 2 \"b\" { } }",
        .fix_th = "group 1 \"Performance\" { weight 70; strategy 1 \"a\" { } }\ngroup 2 \"Potential\" { weight 30; "
                  "strategy 2 \"b\" { } }"}},
      {"E138",
       {.text = "The plan declares its table's shape: which of a row's figures it has (`columns percent, score, "
                "weighted`) and whether there is an overall figure (`overall none` for a table that ranks bodies). "
                "A published figure the table does not have cannot be compared, and planc compares every figure "
                "it accepts: it refuses the figure rather than ignore it. A row whose score is given, or read from "
                "target levels, has no percent to publish either.",
        .text_th = "แผนกำหนดรูปแบบตารางของตนเอง ว่ามีตัวเลขใดของแต่ละแถว (`columns percent, score, weighted`) และ"
                   "มีคะแนนรวมหรือไม่ (`overall none` สำหรับตารางที่จัดอันดับหน่วยงาน) ตัวเลขที่เผยแพร่ซึ่งตารางไม่มี"
                   "จึงเทียบไม่ได้ และเพราะ planc ตรวจทุกตัวเลขที่รับไว้ จึงไม่รับตัวเลขนั้นแทนการปล่อยผ่าน ตัวชี้วัดที่"
                   "ผู้ประเมินให้คะแนนหรือคิดคะแนนจากระดับค่าเป้าหมายก็ไม่มีร้อยละให้เผยแพร่เช่นกัน",
        .example = "plan \"p\" { columns score; overall none }\nreported overall { score 4.75 }",
        .fix = "remove `reported overall`, or say `overall mean` if the table has an overall score",
        .fix_th = "ลบ `reported overall` ออก หรือระบุ `overall mean` ถ้าตารางมีคะแนนรวม"}},
      {"E139",
       {.text = "Under `weights whole` each indicator's weight is its share of the whole plan (all the plan's "
                "weights sum to 100), and a strategy's weight, when the table prints one, is its indicators' "
                "shares together. The strategy's contribution (W × its score) is made with that weight, so a "
                "strategy weight that is not the sum of its indicators' weights would give a wrong contribution. "
                "The plan's own weights are compared, whatever a round says of a row (NA or cancelled).",
        .text_th = "เมื่อระบุ `weights whole` น้ำหนักของตัวชี้วัดแต่ละตัวคือสัดส่วนของทั้งแผน (น้ำหนักทั้งแผนรวมกัน"
                   "ได้ ๑๐๐) และน้ำหนักของยุทธศาสตร์ ถ้าตารางพิมพ์ไว้ คือผลรวมสัดส่วนของตัวชี้วัดภายใน คะแนนถ่วง"
                   "น้ำหนักของยุทธศาสตร์ (W × คะแนน) คิดจากน้ำหนักนี้ น้ำหนักของยุทธศาสตร์ที่ไม่เท่ากับผลรวมน้ำหนัก"
                   "ของตัวชี้วัดจึงทำให้คะแนนถ่วงน้ำหนักผิด planc เทียบน้ำหนักตามแผน ไม่ว่ารอบนั้นจะระบุแถวใดเป็น NA "
                   "หรือยกเลิก",
        .example = "plan \"...\" { weights whole }\nstrategy 1 \"...\" { weight 70\n  indicator 1 \"...\" { weight 40 }\n  indicator 2 \"...\" { weight 20 } }",
        .fix = "strategy 1 \"...\" { weight 60 ... }",
        .fix_th = "strategy 1 \"...\" { weight 60 ... }"}},
      {"W145",
       {.text = "A round publishes a strategy's or the overall figure, but planc cannot compute it: none of the "
                "indicators weighs, so every row is unweighted and the strategy has no score (Σ W is 0). The "
                "figure would otherwise go uncompared. A table that takes each indicator once (a quality-"
                "assurance summary: the components' means and the mean of every indicator) says `overall rows`, "
                "under which an indicator without a weight counts once; otherwise give the indicators weights. "
                "The same warning is given when every indicator of the strategy (or of every strategy of a group, "
                "or of the plan, for the overall) is NA, cancelled or not started this round, a sub-indicator "
                "without a result under an NA indicator counting as NA too: a score, percent or quality level "
                "printed for it has nothing to be compared with.",
        .text_th = "รอบนี้มีตัวเลขที่เผยแพร่ของยุทธศาสตร์หรือคะแนนภาพรวม แต่ planc คำนวณไม่ได้ เพราะไม่มีตัวชี้วัดใด"
                   "มีน้ำหนัก ทุกแถวจึงไม่ถูกนับ และยุทธศาสตร์ไม่มีคะแนน (Σ W เป็น ๐) ตัวเลขนั้นจะไม่ได้ถูกเทียบเลย "
                   "ตารางที่นับตัวชี้วัดทุกตัวเท่ากัน (แบบสรุปผลการประกันคุณภาพ ค่าเฉลี่ยขององค์ประกอบและค่าเฉลี่ยของ"
                   "ทุกตัวบ่งชี้) ให้ระบุ `overall rows` ซึ่งนับตัวชี้วัดที่ไม่มีน้ำหนักตัวละหนึ่งครั้ง ถ้าไม่ใช่ให้กำหนด"
                   "น้ำหนักของตัวชี้วัด คำเตือนเดียวกันนี้ใช้เมื่อตัวชี้วัดทุกตัวของยุทธศาสตร์ (หรือของทุกยุทธศาสตร์ในกลุ่ม "
                   "หรือของทั้งแผน สำหรับผลภาพรวม) เป็น NA ถูกยกเลิก หรือยังไม่เริ่มในรอบนี้ ตัวชี้วัดย่อยที่ไม่มีผลภายใต้"
                   "ตัวชี้วัดที่เป็น NA นับเป็น NA ด้วย คะแนน ร้อยละ หรือระดับคุณภาพที่พิมพ์ไว้จึงไม่มีอะไรให้เทียบ",
        .example = "plan \"...\" { columns score }\nindicator 1 \"...\" { unit ข้อ; basis given }\nreported overall { score 4.7 }",
        .fix = "plan \"...\" { columns score; overall rows }",
        .fix_th = "plan \"...\" { columns score; overall rows }"}},
      {"W146",
       {.text = "The table prints a quality level beside a score (`reported 2 { score 4.5; quality \"ดีมาก\" }`), "
                "and the plan's quality scale (`quality ohec-quality`) gives the score another: 4.50 lies in the band "
                "3.51 - 4.50, whose word is ดี, not ดีมาก. A score is compared to a band after rounding it to the "
                "places the bands are written with (two: 4.505 is 4.51). The word may also not be one of the "
                "scale's words at all, or the score may lie outside every band. When the word is that of the "
                "published score and that score is itself wrong (W141), a note says so: mend the score first.",
        .text_th = "ตารางพิมพ์ระดับคุณภาพไว้ข้างคะแนน (`reported 2 { score 4.5; quality \"ดีมาก\" }`) แต่เกณฑ์ระดับ"
                   "คุณภาพของแผน (`quality ohec-quality`) ให้คะแนนนั้นอยู่ในระดับอื่น คะแนน 4.50 อยู่ในช่วง 3.51 - 4.50 "
                   "ซึ่งเป็นระดับ ดี ไม่ใช่ ดีมาก คะแนนจะถูกปัดเป็นทศนิยมเท่ากับที่ช่วงของเกณฑ์เขียนไว้ (สองตำแหน่ง "
                   "4.505 จึงเป็น 4.51) ก่อนเทียบกับช่วง คำเตือนนี้ยังใช้เมื่อถ้อยคำไม่ใช่ระดับใดของเกณฑ์ หรือคะแนน"
                   "อยู่นอกทุกช่วง ถ้าถ้อยคำตรงกับระดับของคะแนนที่เผยแพร่ซึ่งตัวคะแนนเองผิด (W141) จะมีหมายเหตุบอก "
                   "ให้แก้คะแนนก่อน",
        .example = "plan \"...\" { quality ohec-quality }\nreported 2 { score 4.5; quality \"ดีมาก\" }",
        .fix = "`reported 2 { score 4.5; quality \"ดี\" }`, or, for a table kept as printed, keep the word: the warning is the table's error",
        .fix_th = "`reported 2 { score 4.5; quality \"ดี\" }` หรือถ้าต้องคงตามที่ตารางพิมพ์ไว้ ให้คงถ้อยคำไว้ เพราะคำเตือนนี้คือข้อผิดพลาดของตาราง"}},
      {"N144",
       {.text = "A result published as a sum and a count (`reported { sum 47.12; count 14 }`) is the mean of "
                "inputs that were each printed rounded to the sum's places. A published figure that differs from "
                "sum ÷ count in its last digit, but lies within what that rounding allows, is not an error: "
                "planc says so in a note, and a figure outside that range is still a warning (W140).",
        .text_th = "ผลที่เผยแพร่เป็นผลรวมกับจำนวนรายการ (`reported { sum 47.12; count 14 }`) คือค่าเฉลี่ยของข้อมูล"
                   "ที่แต่ละค่าปัดเศษตามจำนวนทศนิยมของผลรวม ตัวเลขที่เผยแพร่ซึ่งต่างจากผลรวม ÷ จำนวนรายการที่หลักสุดท้าย"
                   "แต่ยังอยู่ในช่วงที่การปัดเศษทำให้เกิดได้ จึงไม่ใช่ข้อผิดพลาด planc แจ้งเป็นหมายเหตุ ส่วนตัวเลขที่อยู่"
                   "นอกช่วงนั้นยังเป็นคำเตือน (W140)",
        .example = "result 1.1 { reported { sum 47.12; count 14; score 3.36 } }   // 47.12 ÷ 14 = 3.3657",
        .fix = "nothing to fix: the published figure may be right; keep it as printed",
        .fix_th = "ไม่ต้องแก้ไข ตัวเลขที่เผยแพร่อาจถูกต้องแล้ว ให้คงไว้ตามที่พิมพ์"}},
      {"N147",
       {.text = "A row whose result cannot be scored because of an error (a value that does not read, say) is left "
                "out of its strategy's sums. Every published total made of it (the strategy's Σ W, score, percent "
                "and contribution, its group's figures, the overall figures) would then differ for that reason "
                "alone, so planc does not compare them and says so once for each, naming the row. A row of weight "
                "0, or a sub-indicator without a weight of its own, is not such a cause.",
        .text_th = "ตัวชี้วัดที่คิดคะแนนไม่ได้เพราะมีข้อผิดพลาด (เช่น ผลที่อ่านเป็นตัวเลขไม่ได้) จะไม่ถูกนำมารวมคำนวณ"
                   "ในประเด็นยุทธศาสตร์ ตัวเลขที่เผยแพร่ซึ่งคำนวณจากตัวชี้วัดนั้น (ผลรวมน้ำหนัก คะแนน ร้อยละ และคะแนน"
                   "ถ่วงน้ำหนักของประเด็นยุทธศาสตร์ ตัวเลขของกลุ่ม และตัวเลขภาพรวม) อาจต่างไปเพราะเหตุนี้เพียงอย่างเดียว "
                   "planc ยังไม่ตรวจเทียบตัวเลขเหล่านี้ และแจ้งเป็นหมายเหตุครั้งเดียวต่อแต่ละระดับ พร้อมระบุตัวชี้วัดนั้น "
                   "ตัวชี้วัดที่มีน้ำหนัก 0 หรือตัวชี้วัดย่อยที่ไม่มีน้ำหนักของตัวเอง ไม่ทำให้เกิดหมายเหตุนี้",
        .example = "result 1.2 { value many }     // E021\nreported 1 { score 4.2 }      // N147",
        .fix = "mend the row's error (`result 1.2 { value 85 }`); the published figures are then compared",
        .fix_th = "แก้ข้อผิดพลาดของแถวนั้น (`result 1.2 { value 85 }`) แล้ว planc จะเทียบตัวเลขที่เผยแพร่ให้"}},
  };
  return t;
}

}  // namespace

const Explanation* explanation(std::string_view code) {
  auto it = table().find(code);
  return it == table().end() ? nullptr : &it->second;
}

}  // namespace planc
