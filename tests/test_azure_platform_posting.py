"""A DevOps engineer against an Azure platform engineer posting: "Key Vault" is Azure Key Vault
(not HashiCorp Vault) and implies secrets management; Argo CD implies GitOps; "Infrastructure as
code with Terraform (Bicep is a plus)" is one requirement that Terraform meets, and the bracket's
"a plus" is Bicep's; "secrets management with Azure Key Vault" is one requirement too."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report

POSTING = """\
Platform Engineer (Azure)
Contoso Insurance · Hybrid, Hartford CT

Summary: Build and run the Azure landing zone and the internal developer platform for 40 product
  teams.

Responsibilities
- Design and maintain our Azure landing zone with Terraform and Azure Policy
- Operate AKS clusters; manage Helm charts and GitOps deployments with Argo CD
- Build reusable Azure DevOps pipelines (YAML) for .NET and Java services
- Implement secrets management with Azure Key Vault and managed identities
- Monitor with Azure Monitor, Log Analytics and Grafana; write KQL queries and alerts
- Participate in the on-call rotation and lead post-incident reviews

Requirements
- 4+ years in DevOps, SRE or platform engineering
- Strong hands-on Azure experience (networking, VNets, private endpoints, Entra ID)
- Infrastructure as code with Terraform (Bicep is a plus)
- Kubernetes in production (AKS preferred)
- Scripting in PowerShell or Bash
- AZ-104 or AZ-400 certification preferred
"""

RESUME = """\
Tomasz Kowalczyk — DevOps Engineer
Hartford, CT | tomasz.k@example.com | github.com/tkowal

Skills: Azure (AKS, VNets, Private Link, Key Vault, Entra ID), Terraform, Bicep, Kubernetes, Helm,
  Argo CD, Azure DevOps, GitHub Actions, PowerShell, Bash, Python, Grafana, Prometheus, KQL

Experience
DevOps Engineer | Nutmeg Mutual | Hartford, CT | 2021-03 to now
- Built the Azure landing zone (hub-and-spoke VNets, Private Link, Azure Firewall) in Terraform;
  enforced guardrails with Azure Policy
- Run 6 AKS clusters (120 services); Helm charts deployed by Argo CD from Git
- Wrote reusable YAML templates for Azure DevOps pipelines used by 25 teams
- Moved app secrets to Key Vault with managed identities; removed 300 secrets from pipeline
  variables
- Built Log Analytics dashboards and KQL alert rules; on-call one week in six

Systems Administrator | Hartford HealthCare | Hartford, CT | 2017-06 to 2021-02
- Windows Server and VMware administration for 400 VMs; PowerShell automation of patching
- Migrated file shares to Azure Files

Certifications: Microsoft Certified: Azure Administrator Associate (AZ-104), 2022; HashiCorp
  Terraform Associate, 2023
Education: B.S. Information Technology, Central Connecticut State University, 2017
"""


def test_a_devops_engineer_against_an_azure_platform_posting() -> None:
    report = text_report(RESUME, POSTING)
    vault = assert_matched(report, "azure-key-vault")
    assert set(vault.skills) == {"secrets-management", "azure-key-vault"}
    iac = assert_matched(report, "terraform")
    assert set(iac.skills) == {"infrastructure-as-code", "terraform"}
    assert iac.importance == "required"
    assert requirement_line(report, "gitops").credit_kind == "implied"
    bicep = requirement_line(report, "arm-templates")
    assert bicep.importance == "preferred"


@pytest.mark.parametrize(
    ("line", "joined"),
    [
        ("Implement secrets management with Azure Key Vault", True),
        ("Version control with Git", True),
        ("Python with pandas", False),  # a language and a library: both asked
    ],
)
def test_a_practice_with_its_tool_is_one_requirement(line: str, joined: bool) -> None:
    assert bool(posting_item(line).groups) == joined
