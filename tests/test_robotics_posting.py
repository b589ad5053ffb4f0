"""A robotics engineer against an autonomy posting: the years a summary states are also those of
the tools it names later in its sentence ("5 years building autonomy software ... in C++ and
Python on ROS"); global and local planners show motion planning; a Jetson named alone is the
edge computer, in an either/or with "similar edge devices"."""

from __future__ import annotations

from builders import assert_matched, text_report
from gapcheck import extract

POSTING = """\
Robotics Software Engineer, Autonomy
Fieldwise Robotics · Pittsburgh, PA

What you'll do
- Own the navigation stack: localization, path planning and obstacle avoidance
- Write simulation scenarios in Gazebo and run them in CI

What we're looking for
- 3+ years of C++ (C++17) in production robotics software
- Strong experience with ROS 2 (rclcpp, Nav2, tf2)

Bonus
- Embedded Linux on Jetson or similar edge devices
"""

RESUME = """\
DEVIN OKAFOR
Robotics Engineer | devin.okafor@example.com | Pittsburgh, PA

SUMMARY
Robotics engineer with 5 years building autonomy software for warehouse and outdoor robots in
C++ and Python on ROS and ROS 2.

EXPERIENCE
Senior Robotics Engineer — TerraBot Inc., Pittsburgh, PA (Aug 2022 – present)
• Led the move of our navigation stack from ROS 1 to ROS 2 Humble (Nav2, rclcpp, tf2)
• Built lidar obstacle detection with PCL on Jetson Orin; ran 120 Gazebo scenarios in CI

Robotics Software Engineer — Carton Logic, Pittsburgh, PA (Jun 2020 – Jul 2022)
• Implemented Hybrid A* global planners and a DWB local planner for AMRs
• Maintained Yocto-based embedded Linux builds for the robot computers
"""


def test_a_robotics_engineer_against_an_autonomy_posting() -> None:
    report = text_report(RESUME, POSTING)
    cpp = assert_matched(report, "cpp")
    assert cpp.credit == 1 and not cpp.years_shortfall  # 5 years stated for C++
    assert assert_matched(report, "motion-planning").credit == 1
    jetson = assert_matched(report, "nvidia-jetson")
    assert jetson.credit == 1 and "edge-computing" in jetson.skills
    assert report.title_match is not None and report.title_match.matches


def test_a_family_named_jetson_is_no_edge_computer() -> None:
    resume = extract("Experience\nCook, The Jetson Diner, Reno (2019 - 2024)\n- Ran the grill\n")
    assert "nvidia-jetson" not in {s.id for s in resume.skills}
