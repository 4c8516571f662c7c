"""Lines covered per module of Sources/, and the files with the most uncovered lines,
from `llvm-cov export -summary-only` JSON."""
import json, sys
from collections import defaultdict

TARGET = 95.0
files = json.load(open(sys.argv[1]))["data"][0]["files"]
modules = defaultdict(lambda: [0, 0])
uncovered = []
for entry in files:
    path = entry["filename"]
    if "/Sources/" not in path:
        continue
    relative = path.split("/Sources/", 1)[1]
    module = relative.split("/", 1)[0]
    lines = entry["summary"]["lines"]
    modules[module][0] += lines["covered"]
    modules[module][1] += lines["count"]
    uncovered.append((lines["count"] - lines["covered"], lines["percent"], module, relative))

print(f"{'module':<14}{'lines':>8}{'covered':>9}{'%':>8}")
below = []
for module, (covered, count) in sorted(modules.items()):
    percent = 100.0 * covered / count if count else 100.0
    print(f"{module:<14}{count:>8}{covered:>9}{percent:>7.1f}%")
    if module in ("Persistence", "AgentCore", "ChatTUI") and percent < TARGET:
        below.append(f"{module} {percent:.1f} %")
total = sum(c for c, _ in modules.values()), sum(n for _, n in modules.values())
print(f"{'all':<14}{total[1]:>8}{total[0]:>9}{100.0 * total[0] / total[1]:>7.1f}%")
print("\nmost uncovered lines:")
for missed, percent, module, relative in sorted(uncovered, reverse=True)[:15]:
    print(f"  {missed:>5} missed  {percent:5.1f}%  {relative}")
verdict = "PASS" if not below else "FAIL"
print(f"\n[coverage] {verdict}: target {TARGET:.0f} % of lines per module" + (f"; below: {', '.join(below)}" if below else ""))
