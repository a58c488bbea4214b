output "role_arns" {
  description = "Each agent group's role, for its service account annotation (Infra/kubernetes/groups)."
  value = merge(
    { for group, role in module.prod_roles : group => role.arn },
    { for group, role in module.analytics_roles : group => role.arn },
  )
}

output "postgres_endpoint" {
  description = "The control plane's PostgreSQL."
  value       = module.control_plane.endpoint
}
