"""A gameplay programmer against a Unity posting: "Build tools in the Unity Editor that help
designers" is a duty, no build tooling asked; multiplayer networking (Photon, Mirror, Netcode)
and console development (PS5, Xbox, Nintendo Switch) are read; the Unity Profiler is a
profiling tool, which shows performance work; "Version control with Perforce or Git" is one
requirement; "Reviewed code" is code review."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Gameplay Programmer (Unity)
Lantern Forge Studios · Montréal, QC · Full-time, hybrid

We're a 40-person indie studio shipping a co-op action RPG on PC and consoles. We're looking for
a gameplay programmer who loves building systems that feel great in players' hands.

Responsibilities
- Implement and iterate on gameplay systems (combat, abilities, AI behaviours, UI) in Unity
  using C#
- Profile and optimize CPU, GPU and memory performance on PC, PlayStation 5 and Xbox Series X|S
- Build tools in the Unity Editor that help designers tune content without code
- Work closely with designers and artists; review code and share knowledge with the team

Must have
- 3+ years of professional game development, with at least one shipped title
- Strong C# and a solid grasp of object-oriented design and design patterns
- Experience with Unity (2021 LTS or later), including ScriptableObjects, Addressables and the
  Profiler
- Good 3D math: vectors, quaternions, matrices
- Version control with Perforce or Git

Nice to have
- C++ and Unreal Engine
- Multiplayer networking (Netcode for GameObjects, Photon or Mirror)
- Shader programming (HLSL, Shader Graph)
- Console development experience (PS5, Xbox)
- French is an asset
"""

RESUME = """\
Théo Marchand
Gameplay Programmer — Montréal, QC
theo.marchand@example.com | 514-555-0199 | theomarchand.dev

PROFILE
Gameplay programmer with 4 years in Unity and C#. Shipped two titles on PC and Nintendo Switch.
I care about game feel, clean architecture and tools that make designers faster.

EXPERIENCE
Gameplay Programmer — Brume Interactive, Montréal (2022–present)
• Built the combat and ability systems of "Ashen Tide" (PC, Switch) in Unity 2021 LTS with C#;
  data-driven with ScriptableObjects
• Wrote custom Unity Editor tools (inspectors, level validation) that cut level iteration time
  by half
• Used the Unity Profiler and Frame Debugger to bring Switch frame time from 45 ms to 30 ms;
  moved asset loading to Addressables
• Implemented enemy AI with behaviour trees and a utility AI layer
• Reviewed code for 5 programmers; wrote our C# style guide

Junior Programmer — Pixel Harbor, Québec City (2020–2022)
• Prototyped 12 mechanics for a mobile puzzle game in Unity; shipped on iOS and Android
• Added online leaderboards and co-op using Photon PUN
• Maintained our Perforce depot and build scripts

EDUCATION
Baccalauréat en génie logiciel (B.Eng. Software Engineering), Université Laval, 2020

SKILLS
Languages: C#, C++, HLSL, Python
Engines & tools: Unity, Unreal Engine 5 (personal projects), Perforce, Git, Jira, Blender
Maths: linear algebra, quaternions, physics simulation
Languages spoken: French (native), English (fluent)
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


@pytest.mark.parametrize(
    "skill",
    [
        "unity",
        "csharp",
        "game-development",
        "code-review",
        "multiplayer-networking",
        "console-development",
        "performance-optimization",
    ],
)
def test_a_gameplay_programmer_s_work_is_asked_and_shown(report, skill: str) -> None:
    assert_matched(report, skill)


def test_a_duty_to_build_tools_asks_for_no_build_tooling(report) -> None:
    skills = {s for line in report.requirements for s in line.skills}
    assert "build-tools" not in skills
    found = {s.id for s in posting_item("Experience with build tools such as Gradle").skills}
    assert "build-tools" in found


def test_version_control_with_either_tool_is_one_requirement(report) -> None:
    line = assert_matched(report, "perforce")
    assert set(line.skills) == {"version-control", "perforce", "git"}


def test_photon_of_physics_is_no_networking() -> None:
    line = "Knowledge of photon detectors and laser optics"
    assert "multiplayer-networking" not in {s.id for s in posting_item(line).skills}


def test_the_switch_a_resume_shipped_on_is_a_console(report) -> None:
    line = requirement_line(report, "console-development")
    assert line.importance == "preferred"
    assert any("Nintendo Switch" in e.context for e in line.evidence)
