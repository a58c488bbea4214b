# One agent group's IAM role. Its only permissions are the group's document from
# `fjord policy render-permissions --format aws-iam`, passed in unchanged. EKS pods of the
# group assume it through IAM roles for service accounts (the OIDC provider of the cluster).

data "aws_iam_policy_document" "trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_provider}:sub"
      values   = ["system:serviceaccount:${var.namespace}:${var.service_account}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${var.oidc_provider}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name                 = "fjord-${var.group}"
  description          = "Fjord agent group ${var.group}: the object-store permissions its roles need, and no more."
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  max_session_duration = 3600
  tags                 = merge(var.tags, { "fjord.dev/agent-group" = var.group })
}

resource "aws_iam_role_policy" "segments" {
  name   = "fjord-segments"
  role   = aws_iam_role.this.id
  policy = jsonencode(var.permissions)
}
