variable "prod_account_id" {
  description = "The production account."
  type        = string
}

variable "analytics_account_id" {
  description = "The analytics account."
  type        = string
}

variable "deploy_role" {
  description = "The role Terraform assumes in each account."
  type        = string
  default     = "terraform"
}

variable "prod_oidc_provider_arn" {
  description = "The production EKS cluster's IAM OIDC provider ARN."
  type        = string
}

variable "prod_oidc_provider" {
  description = "The production EKS cluster's OIDC issuer, without https://."
  type        = string
}

variable "analytics_oidc_provider_arn" {
  description = "The analytics EKS cluster's IAM OIDC provider ARN."
  type        = string
}

variable "analytics_oidc_provider" {
  description = "The analytics EKS cluster's OIDC issuer, without https://."
  type        = string
}

variable "prod_pod_cidrs" {
  description = "The production EKS pod subnets, where the control-plane replicas run."
  type        = list(string)
}
