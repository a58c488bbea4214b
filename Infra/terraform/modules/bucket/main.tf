# The one bucket every agent group shares. Encrypted (SSE-S3), private, TLS-only, with
# abandoned multipart uploads cleaned up. Agent groups in other accounts get exactly their
# rendered statements here too, since cross-account access needs the bucket's consent.

resource "aws_s3_bucket" "this" {
  # checkov:skip=CKV_AWS_144:Cross-region replication is a choice per deployment; Fjord needs none, its data is in one bucket.
  # checkov:skip=CKV_AWS_18:Access logging goes to a log bucket this module does not own; pass one with var.access_log_bucket.
  # checkov:skip=CKV_AWS_145:SSE-S3, not KMS: with a KMS key every group role would need kms grants beyond the rendered S3 permissions.
  # checkov:skip=CKV2_AWS_62:Fjord reacts to no bucket events.
  # checkov:skip=CKV_AWS_21:Off by default (var.versioning): Fjord never overwrites an object, so versions would only delay retention's and compaction's deletes.
  bucket        = var.name
  force_destroy = false
  tags          = var.tags
}

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced" # objects written by other accounts' roles belong to the bucket owner
  }
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Segments are written once and never overwritten (put-if-absent), so versions would only
# keep deleted data; retention and compaction delete for real.
resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    id     = "abandoned-multipart-uploads"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }
  rule {
    id     = "expire-noncurrent-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 7
    }
  }
}

resource "aws_s3_bucket_logging" "this" {
  count         = var.access_log_bucket == null ? 0 : 1
  bucket        = aws_s3_bucket.this.id
  target_bucket = var.access_log_bucket
  target_prefix = "s3/${var.name}/"
}

data "aws_iam_policy_document" "this" {
  statement {
    sid     = "TLSOnly"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.this.arn,
      "${aws_s3_bucket.this.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  # Each remote group's rendered statements, granted to its role.
  dynamic "statement" {
    for_each = flatten([
      for role_arn, document in var.cross_account_roles : [
        for s in document.Statement : merge(s, { role_arn = role_arn })
      ]
    ])
    content {
      sid       = "${statement.value.Sid}${substr(sha1(statement.value.role_arn), 0, 8)}"
      effect    = statement.value.Effect
      actions   = statement.value.Action
      resources = statement.value.Resource
      principals {
        type        = "AWS"
        identifiers = [statement.value.role_arn]
      }
      dynamic "condition" {
        for_each = try(statement.value.Condition.StringLike, null) == null ? {} : statement.value.Condition.StringLike
        content {
          test     = "StringLike"
          variable = condition.key
          values   = condition.value
        }
      }
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket     = aws_s3_bucket.this.id
  policy     = data.aws_iam_policy_document.this.json
  depends_on = [aws_s3_bucket_public_access_block.this]
}
