output "arn" {
  description = "The role's ARN, for the service account's eks.amazonaws.com/role-arn annotation."
  value       = aws_iam_role.this.arn
}
