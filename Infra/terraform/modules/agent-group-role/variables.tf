variable "group" {
  description = "The agent group's name in the policy file."
  type        = string
}

variable "permissions" {
  description = "The group's policy document: `fjord policy render-permissions --format aws-iam` output, [group]."
  type        = any
}

variable "oidc_provider_arn" {
  description = "The ARN of the EKS cluster's IAM OIDC provider."
  type        = string
}

variable "oidc_provider" {
  description = "The OIDC provider's host and path, e.g. oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE."
  type        = string
}

variable "namespace" {
  description = "The Kubernetes namespace of the group's agents."
  type        = string
  default     = "fjord"
}

variable "service_account" {
  description = "The group's service account (Infra/kubernetes/groups/GROUP names it GROUP-fjord-agent)."
  type        = string
}

variable "tags" {
  description = "Tags for the role."
  type        = map(string)
  default     = {}
}
