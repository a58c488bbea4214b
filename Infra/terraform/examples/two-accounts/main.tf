# Fjord's headline shape: produce and jobs agents in the production account (eu-west-1),
# fetch agents in the analytics account (eu-central-1), one bucket, no peering.
#
# permissions.json is `fjord policy render-permissions ../../../../Policies/examples/prod-analytics.yaml
# --format aws-iam`, unchanged (Tests/Deploy/test_terraform.py fails if it drifts): each role
# gets exactly its group's document, and the analytics role's statements are also granted by
# the bucket policy, which cross-account access needs.

provider "aws" {
  alias  = "prod"
  region = "eu-west-1"
  assume_role {
    role_arn = "arn:aws:iam::${var.prod_account_id}:role/${var.deploy_role}"
  }
}

provider "aws" {
  alias  = "analytics"
  region = "eu-central-1"
  assume_role {
    role_arn = "arn:aws:iam::${var.analytics_account_id}:role/${var.deploy_role}"
  }
}

locals {
  permissions = jsondecode(file("${path.module}/permissions.json"))
  # Group -> where it runs. The names are the policy file's.
  prod_groups      = ["prod-writers", "maintenance"]
  analytics_groups = ["analytics-readers"]
  tags             = { "fjord.dev/cluster" = "games" }
}

module "bucket" {
  source    = "../../modules/bucket"
  providers = { aws = aws.prod }
  name      = "fjord-games"
  cross_account_roles = {
    for group in local.analytics_groups : module.analytics_roles[group].arn => local.permissions[group]
  }
  tags = local.tags
}

module "prod_roles" {
  source            = "../../modules/agent-group-role"
  for_each          = toset(local.prod_groups)
  providers         = { aws = aws.prod }
  group             = each.key
  permissions       = local.permissions[each.key]
  oidc_provider_arn = var.prod_oidc_provider_arn
  oidc_provider     = var.prod_oidc_provider
  service_account   = "${each.key}-fjord-agent"
  tags              = local.tags
}

module "analytics_roles" {
  source            = "../../modules/agent-group-role"
  for_each          = toset(local.analytics_groups)
  providers         = { aws = aws.analytics }
  group             = each.key
  permissions       = local.permissions[each.key]
  oidc_provider_arn = var.analytics_oidc_provider_arn
  oidc_provider     = var.analytics_oidc_provider
  service_account   = "${each.key}-fjord-agent"
  tags              = local.tags
}

module "control_plane" {
  source       = "../../modules/control-plane"
  providers    = { aws = aws.prod }
  name         = "games"
  zones        = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  client_cidrs = var.prod_pod_cidrs
  tags         = local.tags
}
